package org.mekonginstitute.portal.document;

import java.time.Instant;

/** One uploaded version of a document. */
public record DocumentVersion(
        long fileId,
        int number,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant uploadedAt,
        String uploadedBy,
        String textStatus) {

    public String sizeText() {
        return FileSizes.text(size);
    }

    /** What became of the text of the file, for people. */
    public String textState() {
        return switch (textStatus) {
            case "DONE" -> "Text searchable";
            case "NONE" -> "No text to search";
            case "FAILED" -> "Text could not be read";
            default -> "Reading text…";
        };
    }
}
