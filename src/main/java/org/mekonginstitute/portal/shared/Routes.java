package org.mekonginstitute.portal.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

/** The route a request came by, for a handler that serves several routes of the same kind. */
public final class Routes {

    private Routes() {}

    /** The pattern of the mapping that matched, such as {@code /projects/{id}/documents}. */
    public static String matched(HttpServletRequest request) {
        return (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    }
}
