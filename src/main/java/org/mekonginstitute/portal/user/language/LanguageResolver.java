package org.mekonginstitute.portal.user.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.time.Duration;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * Which language a page speaks to its reader, first found of: the language chosen in the menu during this session;
 * the one the user chose before (kept with the account, read at login); the one an anonymous visitor chose on a
 * public page (a cookie); the browser's languages in their order of preference; English.
 */
@Component("localeResolver")
class LanguageResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = "portalLanguage";
    static final String COOKIE = "portal-language";
    private static final String RESOLVED = LanguageResolver.class.getName() + ".resolved";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object resolved = request.getAttribute(RESOLVED);
        if (resolved instanceof Locale locale) {
            return locale;
        }
        Locale locale = chosen(request)
                .or(() -> browsers(request))
                .orElse(Language.ENGLISH)
                .locale();
        request.setAttribute(RESOLVED, locale);
        return locale;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Language language = Language.of(locale == null ? Locale.ENGLISH : locale);
        HttpSession session = request.getSession(false);
        if (session != null && user() != null) {
            session.setAttribute(SESSION_ATTRIBUTE, language.code());
        } else {
            Cookie cookie = new Cookie(COOKIE, language.code());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        request.setAttribute(RESOLVED, language.locale());
    }

    private static Optional<Language> chosen(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String code) {
            return Language.offered(code);
        }
        PortalUser user = user();
        if (user != null && user.language() != null) {
            return Language.offered(user.language());
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return Language.offered(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Language> browsers(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return Optional.empty();
        }
        Enumeration<Locale> locales = request.getLocales(); // in the order of the browser's preference
        while (locales.hasMoreElements()) {
            Optional<Language> language = Language.offered(locales.nextElement().toLanguageTag());
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    static PortalUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user ? user : null;
    }
}
