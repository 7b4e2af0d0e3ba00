package org.mekonginstitute.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The route a request came by, for a handler that serves several routes of the same kind; and the full address of a
 * portal path as the person's browser reaches the portal, for links a page hands out to be copied or scanned.
 */
public final class Routes {

    private Routes() {}

    /** The pattern of the mapping that matched, such as {@code /projects/{id}/documents}. */
    public static String matched(HttpServletRequest request) {
        return (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    }

    /**
     * The full address of a portal path such as {@code /room/abc}, with the scheme and host of this request (behind
     * a proxy too: forwarded headers are honoured).
     */
    public static String address(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }
}
