package org.mekonginstitute.portal.shared;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts embedded in the portal's PDFs (donor report, invitation letters, certificates; {@code resources/fonts}), tried in this order for each character, so
 * that names in Vietnamese, Thai, Lao, Khmer, Myanmar and Chinese render.
 *
 * <p>Thai, Lao, Khmer and Myanmar need shaping: marks stacked above and below their letter, Khmer subscript
 * consonants, Myanmar vowels drawn before the consonant they follow in the text. OpenPDF's layout processor lays
 * each piece of text out with the JDK's own shaping engine (the one Java2D draws with), so the marks sit where a
 * browser puts them, and writes the typed text beside the glyphs (ActualText) so that it is copied and searched
 * as typed. It must be on before the first font is made, and it is on for the whole JVM: hence the static block.
 *
 * <p>The fonts are read once and shared by every document: OpenPDF keeps which characters one document uses
 * with that document, and embeds only those (subsets).
 */
@Component
public class PdfFonts {

    static {
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enable();
            LayoutProcessor.setWriteActualText();
        }
    }

    /** In the order the selector tries them: Latin and Vietnamese first, Chinese last. */
    private static final List<String> FONTS =
            List.of("NotoSans", "NotoSansThai", "NotoSansLao", "NotoSansKhmer", "NotoSansMyanmar");

    private static final String CJK = "DroidSansFallback";

    private final List<BaseFont> regular = fonts(false);
    private final List<BaseFont> bold = fonts(true);

    /** Text for one document, in the regular and bold fonts. */
    public PdfText forDocument() {
        return new PdfText(regular, bold);
    }

    /** The font files' names under {@code resources/fonts}, regular or bold, in the order they are tried. */
    public static List<String> files(boolean bold) {
        List<String> names = new ArrayList<>(
                FONTS.stream().map(f -> f + (bold ? "-Bold" : "-Regular")).toList());
        names.add(CJK); // Chinese has no bold: the regular serves
        return names;
    }

    private static List<BaseFont> fonts(boolean bold) {
        List<BaseFont> fonts = new ArrayList<>();
        for (String name : files(bold)) {
            try {
                // By classpath name, cached: the layout processor reads the same file for the JDK's shaping.
                fonts.add(BaseFont.createFont("fonts/" + name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
            } catch (IOException e) {
                throw new UncheckedIOException("Font missing from the classpath: fonts/" + name + ".ttf", e);
            } catch (DocumentException e) {
                throw new IllegalStateException("Font not usable: fonts/" + name + ".ttf", e);
            }
        }
        return List.copyOf(fonts);
    }
}
