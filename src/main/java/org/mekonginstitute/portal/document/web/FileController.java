package org.mekonginstitute.portal.document.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentService;
import org.mekonginstitute.portal.document.storage.DocumentRecords;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Downloads and thumbnails. A download is always an attachment with the type its content showed (never shown in
 * the portal's own pages), streamed from the database chunk by chunk; the name is encoded as RFC 6266 says, so
 * any script survives and nothing in it reaches the header raw.
 */
@Controller
@RequiredArgsConstructor
class FileController {

    private final DocumentService documents;

    @GetMapping("/documents/files/{id}")
    void download(@PathVariable long id, HttpServletResponse response) throws IOException {
        DocumentRecords.FileOf file = documents.file(id);
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()));
        response.setHeader(
                HttpHeaders.CACHE_CONTROL, CacheControl.noCache().cachePrivate().getHeaderValue());
        documents.copy(id, response.getOutputStream());
    }

    /**
     * {@code attachment; filename="..."; filename*=UTF-8''...}: the name as typed, percent-encoded (RFC 5987), for
     * every browser of today, and a plain ASCII stand-in for old ones, in which anything else becomes "_".
     */
    static String attachment(String name) {
        StringBuilder plain = new StringBuilder();
        name.codePoints()
                .forEach(c -> plain.append(
                        c < 128 && (Character.isLetterOrDigit(c) || ".-_ ()".indexOf(c) >= 0) ? (char) c : '_'));
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 128 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
    }

    @GetMapping("/documents/files/{id}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable long id) {
        byte[] image = documents.thumbnail(id).orElseThrow(() -> new NotFoundException("Thumbnail", id));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate())
                .body(image);
    }
}
