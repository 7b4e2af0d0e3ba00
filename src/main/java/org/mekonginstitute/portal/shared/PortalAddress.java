package org.mekonginstitute.portal.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where the portal is reached from outside, for addresses that leave it (e-mails, invitation letters, QR codes):
 * {@code portal.public-url} when set, otherwise the address of the request being served (so keep the proxy's
 * {@code Host} header), otherwise the path alone.
 */
@Component
public class PortalAddress {

    private final String publicUrl;

    public PortalAddress(@Value("${portal.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl == null ? "" : publicUrl.strip().replaceAll("/+$", "");
    }

    /** The full address of a portal path such as {@code /apply/abc}. */
    public String of(String path) {
        if (!publicUrl.isEmpty()) {
            return publicUrl + path;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path(path)
                    .build()
                    .toUriString();
        }
        return path;
    }
}
