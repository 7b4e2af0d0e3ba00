package org.mekonginstitute.portal.document.text;

import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import org.xml.sax.SAXException;

import java.io.InputStream;

/**
 * Reads the text out of a file with Apache Tika (PDF, Word, Excel, PowerPoint, OpenDocument, text; any script),
 * up to {@link #MAX_CHARACTERS}, and the orientation a camera recorded in a photo.
 */
@Component
class TextReader {

    /** About 500 pages: enough to find a document by a word in it; the rest of a longer one is not searched. */
    static final int MAX_CHARACTERS = 1_000_000;

    /** Tika's parsers, loaded with the first document read rather than when the portal starts. */
    private final SingletonSupplier<AutoDetectParser> parser = SingletonSupplier.of(AutoDetectParser::new);

    /** The text (possibly empty) and the EXIF orientation (1 when none). */
    record Read(String text, int orientation) {}

    Read read(InputStream content, String name) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARACTERS);
        try {
            parser.obtain().parse(content, handler, metadata, new ParseContext());
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw e;
            }
        }
        return new Read(clean(handler.toString()), orientation(metadata));
    }

    /** Text PostgreSQL can store and people can read: no NUL or other control characters, no runs of blank lines. */
    static String clean(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\t' || c >= 0x20 && (c < 0x7f || c > 0x9f) && c != 0xfffe && c != 0xffff) {
                kept.append(c);
            } else if (c == '\r') {
                kept.append('\n');
            }
        }
        return kept.toString()
                .replaceAll("[ \\t]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static int orientation(Metadata metadata) {
        try {
            String value = metadata.get(TIFF.ORIENTATION);
            return value == null ? 1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException unreadable) {
            return 1;
        }
    }
}
