package org.mekonginstitute.portal.user.language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language menu: a staff member's choice (a form, in the layout) is kept with their account for their next
 * logins; an anonymous visitor's (links on the login page and the public pages, which keep no session for a
 * visitor who only reads) in a cookie. Either way the reader goes back to the page they were on.
 */
@Controller
@RequiredArgsConstructor
class LanguageController {

    private final LanguageResolver resolver;
    private final UserService users;

    @PostMapping("/language")
    String choose(
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language.offered(language).ifPresent(chosen -> {
            resolver.setLocale(request, response, chosen.locale());
            PortalUser user = LanguageResolver.user();
            if (user != null) {
                users.chooseLanguage(user.id(), chosen);
            }
        });
        return "redirect:" + localPath(back);
    }

    @GetMapping("/language")
    String follow(
            @RequestParam(required = false) String language,
            @RequestParam(required = false) String back,
            HttpServletRequest request,
            HttpServletResponse response) {
        Language.offered(language).ifPresent(chosen -> resolver.setLocale(request, response, chosen.locale()));
        return "redirect:" + localPath(back);
    }

    /** Only a path of this portal: never another site, so the form cannot send anyone elsewhere. */
    static String localPath(String back) {
        if (back == null
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f)) {
            return "/";
        }
        return back;
    }
}
