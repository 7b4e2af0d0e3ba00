package org.mekonginstitute.portal.shared;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/** A file the portal hands out (a report, an export, a letter, a calendar): its type and under what name. */
public final class Downloads {

    /** Tables to open in a spreadsheet or read by another program: UTF-8 text, one record a line. */
    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** Excel workbooks. */
    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Downloads() {}

    /**
     * The answer with the file's type and disposition: saved under its name ({@code ContentDisposition.attachment()})
     * or shown in the browser ({@code inline()}); the body and any other header follow.
     */
    public static ResponseEntity.BodyBuilder file(MediaType type, ContentDisposition disposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
    }
}
