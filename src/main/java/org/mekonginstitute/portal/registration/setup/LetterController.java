package org.mekonginstitute.portal.registration.setup;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.nio.charset.StandardCharsets;

/** A partner's invitation letter as a PDF, and a link's QR code as an image to print or show on a slide. */
@Controller
@RequestMapping("/activities/{id}/registration/links/{linkId}")
@RequiredArgsConstructor
class LetterController {

    private final Letters letters;

    @GetMapping("/letter.pdf")
    ResponseEntity<byte[]> letter(
            @PathVariable long id, @PathVariable long linkId, @AuthenticationPrincipal PortalUser user) {
        Letters.Letter letter = letters.letter(id, linkId, user.displayName());
        return Downloads.file(
                        MediaType.APPLICATION_PDF,
                        ContentDisposition.attachment()
                                .filename(letter.fileName(), StandardCharsets.UTF_8)
                                .build())
                .cacheControl(CacheControl.noStore())
                .body(letter.pdf());
    }

    @GetMapping("/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable long id, @PathVariable long linkId) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .body(letters.qrCode(id, linkId));
    }
}
