package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import org.mekonginstitute.portal.shared.PdfText;

import java.awt.Color;

/** The donor report's headings and sentences, as every section of the PDF writes them. */
final class ReportText {

    private ReportText() {}

    static void heading(Document document, PdfText text, String title) throws DocumentException {
        Paragraph heading = text.paragraph(title, 12, true, DonorReportPdf.RIVER);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
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
