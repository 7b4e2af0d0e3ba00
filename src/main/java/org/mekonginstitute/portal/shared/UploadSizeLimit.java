package org.mekonginstitute.portal.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import java.io.IOException;
import java.net.URI;

/**
 * An upload larger than the portal accepts ({@code spring.servlet.multipart.max-file-size}) is answered before
 * anything reads it: the user goes back to the page the form was on, with a message that says so. Left to itself,
 * Tomcat would fail the request while the CSRF check reads its fields, and the user would see a bare error page.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeLimit {

    /** Just before Spring Security's filters, after the session's. */
    private static final int ORDER = -101;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeLimitFilter(
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Refusal(limit));
        registration.setOrder(ORDER);
        return registration;
    }

    static final class Refusal extends OncePerRequestFilter {

        private final DataSize limit;
        private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

        Refusal(DataSize limit) {
            this.limit = limit;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String type = request.getContentType();
            return !"POST".equals(request.getMethod())
                    || type == null
                    || !type.toLowerCase().startsWith("multipart/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() <= limit.toBytes()) {
                chain.doFilter(request, response);
                return;
            }
            String back = backTo(request);
            FlashMap flash = new FlashMap();
            flash.put("problem", "The file is too large: uploads over " + limit.toMegabytes() + " MB are refused.");
            flash.setTargetRequestPath(URI.create(back).getPath());
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", back);
        }

        /** The page the upload came from (this site only), else the address it was sent to without its token. */
        private static String backTo(HttpServletRequest request) {
            String referer = request.getHeader("Referer");
            if (referer != null) {
                try {
                    URI uri = URI.create(referer);
                    if (uri.getRawPath() != null
                            && uri.getRawPath().startsWith("/")
                            && (uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName()))) {
                        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                    }
                } catch (IllegalArgumentException unreadable) {
                    // fall back to the form's own address
                }
            }
            String query = request.getQueryString() == null
                    ? ""
                    : request.getQueryString()
                            .replaceAll("(^|&)_csrf=[^&]*", "")
                            .replaceFirst("^&", "");
            return request.getRequestURI() + (query.isEmpty() ? "" : "?" + query);
        }
    }
}
