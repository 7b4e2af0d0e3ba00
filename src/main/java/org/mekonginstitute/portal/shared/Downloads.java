package org.mekonginstitute.portal.shared;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file the portal hands out (a report, an export, a letter, a calendar): its type and under what name. */
public final class Downloads {

    private Downloads() {}

    /**
     * The answer with the file's type and disposition: saved under its name ({@code ContentDisposition.attachment()})
     * or shown in the browser ({@code inline()}); the body and any other header follow.
     */
    public static ResponseEntity.BodyBuilder file(MediaType type, ContentDisposition disposition) {
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString());
    }
}
