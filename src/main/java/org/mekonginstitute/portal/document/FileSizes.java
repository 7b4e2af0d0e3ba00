package org.mekonginstitute.portal.document;

import org.mekonginstitute.portal.shared.Text;

import java.util.Locale;

/** File sizes as people read them: bytes in the reader's language, kB and MB as units everyone writes. */
public final class FileSizes {

    private FileSizes() {}

    public static String text(long bytes) {
        if (bytes < 1000) {
            return Text.of(bytes == 1 ? "document.size.byte" : "document.size.bytes", String.valueOf(bytes));
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ENGLISH, "%.0f kB", bytes / 1000.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / 1_000_000.0);
    }
}
