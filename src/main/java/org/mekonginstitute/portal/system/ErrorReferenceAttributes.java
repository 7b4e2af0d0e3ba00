package org.mekonginstitute.portal.system;

import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * Gives every server error a short reference id, shown on the 500 page and written to the log with the stack
 * trace, so a user's report can be matched to what happened. Users never see the exception itself.
 */
@Slf4j
@Component
class ErrorReferenceAttributes extends DefaultErrorAttributes {

    private static final String REFERENCE = ErrorReferenceAttributes.class.getName() + ".reference";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            attributes.put("reference", referenceFor(request));
        }
        return attributes;
    }

    private String referenceFor(WebRequest request) {
        Object existing = request.getAttribute(REFERENCE, RequestAttributes.SCOPE_REQUEST);
        if (existing instanceof String reference) {
            return reference;
        }
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes).toUpperCase();
        request.setAttribute(REFERENCE, reference, RequestAttributes.SCOPE_REQUEST);
        Throwable error = getError(request);
        Object path = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
        log.error("Server error, reference {} on {}", reference, path, error);
        return reference;
    }
}
