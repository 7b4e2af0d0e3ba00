package org.mekonginstitute.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks that a PDF draws a piece of text in Thai, Lao, Khmer or Myanmar the way the JDK's shaping engine
 * (HarfBuzz, as Java2D draws text) lays it out: the same glyphs, at the same offsets from the first, within a
 * hundredth of the font size. Text drawn letter by letter from the font's character map, without shaping, has
 * other glyphs (Khmer subscripts, Thai stacked marks) or other offsets, and fails. It also checks that the
 * typed text is kept beside the glyphs (ActualText), so that it copies out of the PDF whole.
 */
public final class ShapedGlyphs {

    /** One glyph drawn: its font, its glyph id, where it was drawn and at what size. */
    record Drawn(String font, int glyph, double x, double y, double size) {}

    private final List<Drawn> drawn = new ArrayList<>();
    private final List<String> actualTexts = new ArrayList<>();

    private ShapedGlyphs() {}

    /** Every glyph the document draws, page by page, and the ActualText of its marked content. */
    public static ShapedGlyphs of(byte[] pdf) throws IOException {
        ShapedGlyphs glyphs = new ShapedGlyphs();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                glyphs.new Reader().processPage(page);
            }
        }
        return glyphs;
    }

    /**
     * Asserts that the word (one script, no spaces) is drawn in the font of this file under
     * {@code resources/fonts} as the JDK shapes it, and that its shaping differs from drawing it letter by letter
     * (so that the check means something).
     */
    public void assertShaped(String word, String fontFile) throws Exception {
        Font font;
        try (InputStream in = ShapedGlyphs.class.getResourceAsStream("/fonts/" + fontFile + ".ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        List<Drawn> inFont = drawn.stream()
                .filter(d -> d.font().endsWith("+" + fontFile) || d.font().equals(fontFile))
                .toList();
        assertThat(inFont).as("glyphs drawn in " + fontFile).isNotEmpty();
        double size = inFont.get(0).size();
        GlyphVector shaped = layout(font, (float) size, word);
        assertThat(differsFromLetterByLetter(font, (float) size, word, shaped))
                .as("shaping changes how “" + word + "” is drawn (otherwise this check proves nothing)")
                .isTrue();
        assertThat(findRun(inFont, shaped))
                .as("“" + word + "” drawn in " + fontFile + " with the glyphs and offsets that shaping gives")
                .isTrue();
        assertThat(actualTexts)
                .as("the typed text kept beside the shaped glyphs")
                .anyMatch(text -> text.contains(word));
    }

    private static GlyphVector layout(Font font, float size, String text) {
        char[] chars = text.toCharArray();
        return font.deriveFont(size)
                .layoutGlyphVector(
                        new FontRenderContext(null, false, true), chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    }

    private static boolean differsFromLetterByLetter(Font font, float size, String word, GlyphVector shaped) {
        GlyphVector plain = font.deriveFont(size).createGlyphVector(new FontRenderContext(null, false, true), word);
        if (plain.getNumGlyphs() != shaped.getNumGlyphs()) {
            return true;
        }
        for (int i = 0; i < plain.getNumGlyphs(); i++) {
            Point2D a = plain.getGlyphPosition(i);
            Point2D b = shaped.getGlyphPosition(i);
            if (plain.getGlyphCode(i) != shaped.getGlyphCode(i) || a.distance(b) > size / 100) {
                return true;
            }
        }
        return false;
    }

    private static boolean findRun(List<Drawn> inFont, GlyphVector shaped) {
        int n = shaped.getNumGlyphs();
        for (int start = 0; start + n <= inFont.size(); start++) {
            if (matches(inFont.subList(start, start + n), shaped)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(List<Drawn> run, GlyphVector shaped) {
        Drawn first = run.get(0);
        Point2D origin = shaped.getGlyphPosition(0);
        double tolerance = first.size() / 100;
        for (int i = 0; i < run.size(); i++) {
            Drawn d = run.get(i);
            Point2D p = shaped.getGlyphPosition(i);
            boolean sameGlyph = d.glyph() == shaped.getGlyphCode(i);
            // PDF y grows upwards, Java2D's downwards
            boolean samePlace = Math.abs((d.x() - first.x()) - (p.getX() - origin.getX())) <= tolerance
                    && Math.abs((d.y() - first.y()) + (p.getY() - origin.getY())) <= tolerance;
            if (!sameGlyph || !samePlace) {
                return false;
            }
        }
        return true;
    }

    /** Reads the text operators of a page and notes each glyph shown and each ActualText. */
    private final class Reader extends PDFStreamEngine {

        Reader() {
            addOperator(new BeginText(this));
            addOperator(new EndText(this));
            addOperator(new SetFontAndSize(this));
            addOperator(new ShowText(this));
            addOperator(new ShowTextAdjusted(this));
            addOperator(new MoveText(this));
            addOperator(new MoveTextSetLeading(this));
            addOperator(new NextLine(this));
            addOperator(new SetTextLeading(this));
            addOperator(new SetTextHorizontalScaling(this));
            addOperator(new SetTextRise(this));
            addOperator(new SetCharSpacing(this));
            addOperator(new SetWordSpacing(this));
            addOperator(new SetMatrix(this));
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new BeginMarkedContentSequence(this));
            addOperator(new BeginMarkedContentSequenceWithProperties(this));
            addOperator(new EndMarkedContentSequence(this));
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            drawn.add(new Drawn(
                    font.getName(), code, matrix.getTranslateX(), matrix.getTranslateY(), matrix.getScalingFactorX()));
            super.showGlyph(matrix, font, code, displacement);
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            if (properties != null && properties.getString(COSName.ACTUAL_TEXT) != null) {
                actualTexts.add(properties.getString(COSName.ACTUAL_TEXT));
            }
        }
    }
}
