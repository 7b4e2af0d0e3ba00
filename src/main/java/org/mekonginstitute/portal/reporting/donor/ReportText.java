package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.Text;

import java.awt.Color;
import java.util.List;

/** The donor report's headings and sentences, as every section of the PDF writes them. */
final class ReportText {

    private ReportText() {}

    static void heading(Document document, PdfText text, String title) throws DocumentException {
        Paragraph heading = text.paragraph(title, 12, true, DonorReportPdf.RIVER);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    /**
     * A section's heading and, when the section has nothing to show, the note saying so (both by message key);
     * whether there is something to show.
     */
    static boolean section(Document document, PdfText text, String titleKey, List<?> content, String noneKey)
            throws DocumentException {
        heading(document, text, Text.of(titleKey));
        if (content.isEmpty()) {
            note(document, text, Text.of(noneKey));
            return false;
        }
        return true;
    }

    /** A sentence of the report. */
    static void line(Document document, PdfText text, String sentence) throws DocumentException {
        document.add(text.paragraph(sentence, 9, false, Color.BLACK));
    }

    /** What a section says when there is nothing to show in it. */
    static void note(Document document, PdfText text, String sentence) throws DocumentException {
        document.add(text.paragraph(sentence, 9, false, Color.DARK_GRAY));
    }
}
