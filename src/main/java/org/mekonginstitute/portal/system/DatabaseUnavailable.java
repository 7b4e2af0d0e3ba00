package org.mekonginstitute.portal.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a user sees while PostgreSQL cannot be reached (restarting, failing over, the network gone): a plain "try again
 * in a moment" page (503 with Retry-After) instead of a server error. It sits outside every other filter because the
 * first statement of a request is often the session read, before any controller; and its page needs no database, where
 * the portal's own error pages would read it again. Nothing here retries a request: a change under way when the
 * connection broke may or may not have committed, so the page asks the user to check before sending it again rather
 * than claim either. Once the database answers, the connection pool replaces the broken connections by itself.
 */
@Slf4j
class DatabaseUnavailable extends OncePerRequestFilter {

    /** Connection exceptions (class 08) and the server shutting down, crashing or still starting (57P01-57P03). */
    private static final Set<String> SERVER_GONE = Set.of("57P01", "57P02", "57P03");

    private static final String HIKARI_CLOSED = "Connection is closed"; // not shown: Hikari's own message

    static final int RETRY_AFTER_SECONDS = 5;

    /** The cookie a visitor's choice of language is kept in (user/language/LanguageResolver writes it). */
    private static final String LANGUAGE_COOKIE = "portal-language";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9.]+)}}");

    private final String page;

    DatabaseUnavailable() {
        try (InputStream in = DatabaseUnavailable.class.getResourceAsStream("/system/database-unavailable.html")) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!connectionLost(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "The database could not be reached while serving {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(failure));
            answer(request, response);
        }
    }

    /** Whether the failure comes from a connection to the database that broke or could not be made. */
    static boolean connectionLost(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && lost(sql)) {
                return true;
            }
            // A rollback on a connection that has just broken fails too, and its failure hides the first one.
            if (cause instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && connectionLost(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean lost(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // The pool's answer on a connection it has already closed because it broke.
            return HIKARI_CLOSED.equals(sql.getMessage());
        }
        return state.startsWith("08") || SERVER_GONE.contains(state);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; "
                        + "form-action 'self'; base-uri 'self'; object-src 'none'");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept");
        if (accept != null && !accept.contains("text/html") && accept.contains("json")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"status\":503,\"error\":\"Service Unavailable\","
                            + "\"message\":\"The portal cannot reach its database at the moment. Try again in a few"
                            + " seconds; a change sent just now may not have been saved.\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(page(language(request), again(request)));
    }

    /** The page in a language: each {{key}} is that message, escaped; {{again}} the address to try again. */
    String page(Language language, String again) {
        Matcher placeholder = PLACEHOLDER.matcher(page);
        StringBuilder html = new StringBuilder(page.length() + 1024);
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String text = switch (name) {
                case "lang" -> language.code();
                case "again" -> again;
                default -> Text.in(language.locale(), name);
            };
            placeholder.appendReplacement(html, Matcher.quoteReplacement(HtmlUtils.htmlEscape(text, "UTF-8")));
        }
        return placeholder.appendTail(html).toString();
    }

    /**
     * The reader's language as far as it can be known without the database, where the session and the account keep
     * the language chosen in the menu: a visitor's choice (the cookie the language links leave), else the browser's
     * languages, else English.
     */
    static Language language(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (LANGUAGE_COOKIE.equals(cookie.getName())) {
                    Optional<Language> chosen = Language.offered(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen.get();
                    }
                }
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> locales = request.getLocales();
            while (locales.hasMoreElements()) {
                Optional<Language> language =
                        Language.offered(locales.nextElement().toLanguageTag());
                if (language.isPresent()) {
                    return language.get();
                }
            }
        }
        return Language.ENGLISH;
    }

    /** Where "Try again" leads: the same page for a page that was being read, the dashboard after a form. */
    private static String again(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return request.getContextPath() + "/";
        }
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse("");
    }
}
