package org.mekonginstitute.portal.shared;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

import java.awt.Color;
import java.util.List;

/**
 * Phrases and paragraphs of one PDF document, each character set in the first of its fonts that has it; shaped as
 * {@link PdfFonts} explains.
 */
public final class PdfText {

    private final List<BaseFont> regular;
    private final List<BaseFont> bold;

    PdfText(List<BaseFont> regular, List<BaseFont> bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** Table text: 8.5 points, black. */
    public Phrase phrase(String value, boolean strong) {
        return phrase(value, 8.5f, strong, Color.BLACK);
    }

    public Phrase phrase(String value, float size, boolean strong, Color colour) {
        List<BaseFont> fonts = strong ? bold : regular;
        if (value.isEmpty()) {
            // an empty cell still names an embedded font, never the PDF's built-in Helvetica
            return new Phrase(new Chunk("", new Font(fonts.get(0), size, Font.NORMAL, colour)));
        }
        FontSelector selector = new FontSelector();
        for (BaseFont font : fonts) {
            selector.addFont(new Font(font, size, Font.NORMAL, colour));
        }
        Phrase phrase = selector.process(value);
        phrase.setFont(new Font(fonts.get(0), size, Font.NORMAL, colour));
        return phrase;
    }

    public Paragraph paragraph(String value, float size, boolean strong, Color colour) {
        Phrase phrase = phrase(value, size, strong, colour);
        Paragraph paragraph = new Paragraph(phrase);
        paragraph.setFont(phrase.getFont());
        paragraph.setLeading(size * 1.35f);
        return paragraph;
    }
}
