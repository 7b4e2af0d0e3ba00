package org.mekonginstitute.portal.system;

import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The addresses of the portal's stylesheets, scripts and pictures with their content version
 * ({@code ${assets.url('/assets/css/portal.css')}} in templates gives /assets/css/portal-9024c5….css), worked out
 * once per file rather than on every page: the files inside the jar never change while it runs, and matching each
 * link against the resource handlers was a measurable share of every page (bench/README.md, "The fixed cost of a
 * request"). In every model as {@code assets}: Thymeleaf allows no bean reference in a stylesheet's or a script's
 * address.
 */
@ControllerAdvice
class AssetUrls {

    private final ResourceUrlProvider resources;
    private final String contextPath;
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    AssetUrls(@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider resources, ServletContext servletContext) {
        this.resources = resources;
        this.contextPath = servletContext.getContextPath();
    }

    @ModelAttribute("assets")
    AssetUrls assets() {
        return this;
    }

    /** The address of the file at {@code path} (from the portal's root), with its version when it has one. */
    public String url(String path) {
        return urls.computeIfAbsent(path, p -> {
            String versioned = resources.getForLookupPath(p);
            return contextPath + (versioned == null ? p : versioned);
        });
    }
}
