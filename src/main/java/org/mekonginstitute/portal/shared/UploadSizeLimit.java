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
import java.io.Serializable;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * An upload larger than the portal accepts is answered before anything reads it: the user goes back to the page the
 * form was on, with a message that says so. Left to itself, Tomcat would fail the request while the CSRF check reads
 * its fields, and the user would see a bare error page.
 *
 * <p>Forms take uploads up to {@code portal.uploads.max-size} (a participant CSV); the addresses matching
 * {@code portal.uploads.large-paths} (documents) take several files of up to {@code
 * spring.servlet.multipart.max-file-size} each, {@code spring.servlet.multipart.max-request-size} in all. Their
 * parts are read here, so that one file over its limit gets the same message.
 */
@Configuration(proxyBeanMethods = false)
class UploadSizeLimit {

    /** Just before Spring Security's filters, after the session's. */
    private static final int ORDER = -101;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeLimitFilter(
            @Value("${portal.uploads.max-size:${spring.servlet.multipart.max-file-size:1MB}}") DataSize limit,
            @Value("${portal.uploads.large-paths:}") String largePaths,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize largeFile,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize largeRequest) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new Refusal(limit, largePaths.isBlank() ? null : Pattern.compile(largePaths), largeFile, largeRequest));
        registration.setOrder(ORDER);
        return registration;
    }

    static final class Refusal extends OncePerRequestFilter {

        private final DataSize limit;
        private final Pattern largePaths;
        private final DataSize largeFile;
        private final DataSize largeRequest;
        private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

        Refusal(DataSize limit, Pattern largePaths, DataSize largeFile, DataSize largeRequest) {
            this.limit = limit;
            this.largePaths = largePaths;
            this.largeFile = largeFile;
            this.largeRequest = largeRequest;
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
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (largePaths != null && largePaths.matcher(path).matches()) {
                if (request.getContentLengthLong() > largeRequest.toBytes()) {
                    refuse(request, response, new Refused("common.upload.requestTooLarge", largeRequest));
                } else if (!partsReadable(request)) {
                    refuse(request, response, new Refused("common.upload.oneFileTooLarge", largeFile));
                } else {
                    chain.doFilter(request, response);
                }
                return;
            }
            if (request.getContentLengthLong() <= limit.toBytes()) {
                chain.doFilter(request, response);
                return;
            }
            refuse(request, response, new Refused("common.upload.fileTooLarge", limit));
        }

        /** Reads the parts now; false when one is over its limit (Tomcat then refuses every part). */
        private static boolean partsReadable(HttpServletRequest request) throws IOException {
            try {
                request.getParts();
                return true;
            } catch (IllegalStateException | ServletException overLimit) {
                return false;
            }
        }

        private void refuse(HttpServletRequest request, HttpServletResponse response, Refused message) {
            String back = backTo(request);
            FlashMap flash = new FlashMap();
            flash.put("problem", message);
            flash.setTargetRequestPath(URI.create(back).getPath());
            flashMaps.saveOutputFlashMap(flash, request, response);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", back);
        }

        /**
         * Why an upload was refused, written when the page shows it: this filter runs before the reader's language is
         * known (it comes with their login, read by the security filters after this one), the page after the redirect
         * speaks it.
         */
        record Refused(String key, String megabytes) implements Serializable {

            Refused(String key, DataSize limit) {
                this(key, String.valueOf(limit.toMegabytes()));
            }

            @Override
            public String toString() {
                return Text.of(key, megabytes);
            }
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
