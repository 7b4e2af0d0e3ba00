package org.mekonginstitute.portal.shared;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fonts embedded in the portal's PDFs (the donor report, invitation letters) ({@code resources/fonts}), tried in this order for each character, so
 * that names in Vietnamese, Thai, Lao, Khmer, Myanmar and Chinese render. The files are read once; each document
 * gets fonts of its own, because a font gathers the subset of characters that one document uses.
 */
@Component
public class PdfFonts {

    /** In the order the selector tries them: Latin and Vietnamese first, Chinese last. */
    private static final List<String> FONTS =
            List.of("NotoSans", "NotoSansThai", "NotoSansLao", "NotoSansKhmer", "NotoSansMyanmar");

    private static final String CJK = "DroidSansFallback";

    private final Map<String, byte[]> files = load();

    /** Text for one document, in its own regular and bold fonts. */
    public PdfText forDocument() throws DocumentException, IOException {
        return new PdfText(fonts(false), fonts(true));
    }

    /** Regular or bold (Chinese has no bold: the regular serves). */
    private List<BaseFont> fonts(boolean bold) throws DocumentException, IOException {
        List<String> names = new ArrayList<>(
                FONTS.stream().map(f -> f + (bold ? "-Bold" : "-Regular")).toList());
        names.add(CJK);
        List<BaseFont> fonts = new ArrayList<>();
        for (String name : names) {
            fonts.add(BaseFont.createFont(
                    name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, files.get(name), null));
        }
        return fonts;
    }

    private static Map<String, byte[]> load() {
        List<String> files = new ArrayList<>();
        FONTS.forEach(f -> {
            files.add(f + "-Regular");
            files.add(f + "-Bold");
        });
        files.add(CJK);
        return files.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), name -> {
            try (InputStream in = new ClassPathResource("fonts/" + name + ".ttf").getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Font missing from the classpath: fonts/" + name + ".ttf", e);
            }
        }));
    }
}
