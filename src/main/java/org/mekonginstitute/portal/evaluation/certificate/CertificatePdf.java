package org.mekonginstitute.portal.evaluation.certificate;

import com.google.zxing.common.BitMatrix;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.PdfFonts;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.QrCodes;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Certificates of completion as an A4 landscape PDF, one page each: the name as the person writes it (shaped, in
 * any script of the region: see {@link PdfFonts}), the activity, its dates and place, the code, and a QR code
 * leading to the public verification page. Its fixed wording is in the language of the request that asks for it.
 */
@Component
@RequiredArgsConstructor
public class CertificatePdf {

    private static final Color RIVER = new Color(0x0a, 0x4f, 0x4f);
    private static final float QR_SIZE = 84;

    private final PdfFonts fonts;
    private final Dates dates;

    /**
     * @param verifyAddress the verification page's address for a code
     */
    public byte[] render(List<Holder> holders, Function<String, String> verifyAddress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Landscape by its size, not by a rotation: the page and its text run the same way.
        Document document =
                new Document(new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth()), 60, 60, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(
                    holders.size() == 1
                            ? Text.of(
                                    "evaluation.certificate.pdf.one",
                                    holders.get(0).code())
                            : Text.of("evaluation.certificate.pdf.all"));
            document.addCreator(Text.of("portal.name"));
            document.open();
            PdfText text = fonts.forDocument();
            for (Holder holder : holders) {
                document.newPage();
                page(document, writer.getDirectContent(), text, holder, verifyAddress.apply(holder.code()));
            }
            if (holders.isEmpty()) {
                document.add(text.paragraph(Text.of("evaluation.certificate.pdf.none"), 12, false, Color.DARK_GRAY));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the certificates PDF", e);
        }
        return out.toByteArray();
    }

    private void page(Document document, PdfContentByte canvas, PdfText text, Holder h, String address)
            throws DocumentException {
        Rectangle page = document.getPageSize();
        canvas.setColorStroke(RIVER);
        canvas.setLineWidth(3);
        canvas.rectangle(28, 28, page.getWidth() - 56, page.getHeight() - 56);
        canvas.stroke();
        canvas.setLineWidth(0.8f);
        canvas.rectangle(36, 36, page.getWidth() - 72, page.getHeight() - 72);
        canvas.stroke();

        centred(document, text, Text.of("evaluation.certificate.pdf.institute"), 13, true, RIVER, 18);
        centred(document, text, Text.of("evaluation.certificate.pdf.heading"), 30, true, Color.BLACK, 26);
        centred(document, text, Text.of("evaluation.certificate.pdf.certify"), 13, false, Color.DARK_GRAY, 26);
        centred(document, text, h.name(), 28, true, RIVER, 12);
        centred(document, text, Text.of("evaluation.certificate.pdf.completed"), 13, false, Color.DARK_GRAY, 14);
        centred(document, text, h.activityTitle(), 18, true, Color.BLACK, 10);
        String when = dates.period(h.start(), h.end());
        centred(document, text, h.place().isEmpty() ? when : when + " · " + h.place(), 12, false, Color.DARK_GRAY, 6);

        qr(canvas, address, page.getWidth() - 60 - QR_SIZE, 52);
        Paragraph footer = text.paragraph(
                Text.of(
                        "evaluation.certificate.pdf.footer",
                        dates.date(h.issuedAt().atZone(Dates.HOME_ZONE).toLocalDate()),
                        h.code(),
                        address),
                8.5f,
                false,
                Color.DARK_GRAY);
        footer.setAlignment(Element.ALIGN_LEFT);
        com.lowagie.text.pdf.ColumnText column = new com.lowagie.text.pdf.ColumnText(canvas);
        column.setSimpleColumn(footer, 60, 52, page.getWidth() - 80 - QR_SIZE, 90, 11, Element.ALIGN_LEFT);
        column.go();
    }

    private static void centred(
            Document document, PdfText text, String value, float size, boolean bold, Color colour, float before)
            throws DocumentException {
        Paragraph paragraph = text.paragraph(value, size, bold, colour);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        document.add(paragraph);
    }

    /** The QR code as filled squares, so that it stays sharp at any zoom and in print. */
    private static void qr(PdfContentByte canvas, String address, float x, float y) {
        BitMatrix matrix = QrCodes.matrix(address);
        float module = QR_SIZE / matrix.getWidth();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    canvas.rectangle(x + col * module, y + QR_SIZE - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }
}
