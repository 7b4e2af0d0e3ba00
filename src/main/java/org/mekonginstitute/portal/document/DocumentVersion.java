package org.mekonginstitute.portal.document;

import org.mekonginstitute.portal.shared.Text;

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
        return Text.of(
                switch (textStatus) {
                    case "DONE" -> "document.text.done";
                    case "NONE" -> "document.text.none";
                    case "FAILED" -> "document.text.failed";
                    default -> "document.text.reading";
                });
    }
}
