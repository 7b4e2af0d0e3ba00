package org.mekonginstitute.portal.document;

import java.util.Locale;

/** File sizes as people read them. */
public final class FileSizes {

    private FileSizes() {}

    public static String text(long bytes) {
        if (bytes < 1000) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ENGLISH, "%.0f kB", bytes / 1000.0);
        }
        return String.format(Locale.ENGLISH, "%.1f MB", bytes / 1_000_000.0);
    }
}
