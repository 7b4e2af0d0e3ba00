package org.mekonginstitute.portal.system;

import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The addresses of the portal's stylesheets, scripts and pictures with their content version
 * ({@code ${#assets.url('/assets/css/portal.css')}} in templates gives /assets/css/portal-9024c5….css), worked out
 * once per file rather than on every page: the files inside the jar never change while it runs, and matching each
 * link against the resource handlers was a measurable share of every page (bench/README.md, "The fixed cost of a
 * request"). An expression object of its own, so that every template has it, error pages included, and Thymeleaf,
 * which allows no bean reference in a stylesheet's or a script's address, accepts it there.
 */
@Component
class AssetUrls extends AbstractDialect implements IExpressionObjectDialect {

    private final Urls urls;

    AssetUrls(@Qualifier("mvcResourceUrlProvider") ResourceUrlProvider resources, ServletContext servletContext) {
        super("assets");
        this.urls = new Urls(resources, servletContext.getContextPath());
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("assets");
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return urls;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The addresses already worked out, by path. */
    public static final class Urls {
        private final ResourceUrlProvider resources;
        private final String contextPath;
        private final Map<String, String> known = new ConcurrentHashMap<>();

        Urls(ResourceUrlProvider resources, String contextPath) {
            this.resources = resources;
            this.contextPath = contextPath;
        }

        /** The address of the file at {@code path} (from the portal's root), with its version when it has one. */
        public String url(String path) {
            return known.computeIfAbsent(path, p -> {
                String versioned = resources.getForLookupPath(p);
                return contextPath + (versioned == null ? p : versioned);
            });
        }
    }
}
