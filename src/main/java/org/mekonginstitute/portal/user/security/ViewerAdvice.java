package org.mekonginstitute.portal.user.security;

import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who is looking at a page, for the layout's menu and for what a page offers by role: {@code viewer} in every model,
 * null when nobody is logged in. Pages test {@code viewer.manager} rather than evaluating a security expression,
 * which Thymeleaf's security dialect parses afresh on every use.
 */
@ControllerAdvice
class ViewerAdvice {

    @ModelAttribute("viewer")
    PortalUser viewer(@AuthenticationPrincipal PortalUser user) {
        return user;
    }
}
