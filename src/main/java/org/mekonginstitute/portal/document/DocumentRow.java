package org.mekonginstitute.portal.document;

import java.time.Instant;

/** A document as lists show it: its latest version, how many there are, and whether its text can be searched. */
public record DocumentRow(
        long id,
        String title,
        DocumentCategory category,
        long fileId,
        String fileName,
        String contentType,
        long size,
        int versions,
        Instant uploadedAt,
        String uploadedBy,
        String textStatus,
        boolean thumbnail) {

    public boolean image() {
        return contentType.startsWith("image/");
    }

    /** "1.4 MB", "820 kB", "312 bytes". */
    public String sizeText() {
        return FileSizes.text(size);
    }
}
