package org.mekonginstitute.portal.user.language;

import jakarta.servlet.http.HttpServletRequest;
import org.mekonginstitute.portal.shared.Language;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.List;

/**
 * What the language menu of every page needs: the languages offered, and the page to come back to once one is
 * chosen ({@code here}: this page's path within the portal, with its query).
 */
@ControllerAdvice
class LanguageAdvice {

    @ModelAttribute("languages")
    List<Language> languages() {
        return Language.offeredLanguages();
    }

    @ModelAttribute("here")
    String here(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
