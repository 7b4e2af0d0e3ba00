package org.mekonginstitute.portal.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;
import org.springframework.web.servlet.resource.VersionResourceResolver;

import java.io.IOException;
import java.time.Duration;

/**
 * Stylesheets, scripts, fonts and pictures: the portal's own under /assets/**, the front-end libraries under
 * /webjars/**. Their addresses carry a hash of their content ({@link AssetUrls}), so browsers keep them for a year.
 *
 * <p>They are the most frequent requests, so two things keep them cheap (bench/README.md, "Static files"). They are
 * looked up before the pages' routes: no route of a page lies under those paths, and asked the other way round Spring
 * MVC first compared a file's address with every route of every page. And each file is read out of the jar once and
 * then served from memory: the files inside the jar never change while the portal runs, and reading, inflating and
 * asking the class loader for the file's date again took a third of a static file's CPU.
 */
@Configuration(proxyBeanMethods = false)
class StaticFileHandlers implements WebMvcConfigurer {

    /** Larger files (none of the portal's today) are still read from the jar at each request. */
    static final int KEPT_UP_TO_BYTES = 1024 * 1024;

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
        served(registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/"));
        served(registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/"));
    }

    private static void served(ResourceHandlerRegistration files) {
        files.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
                .addTransformer(new KeptInMemory());
    }

    /**
     * Reads a file's bytes once; the resource chain's cache then keeps the result. Runs innermost, so stylesheets
     * whose links the chain rewrites are read from memory too.
     */
    static final class KeptInMemory implements ResourceTransformer {

        @Override
        public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
                throws IOException {
            Resource file = chain.transform(request, resource);
            if (file instanceof TransformedResource || file.contentLength() > KEPT_UP_TO_BYTES) {
                return file;
            }
            return new InMemory(file);
        }
    }

    /** A file's bytes, name and date, with the headers of a versioned file (its ETag) kept. */
    static final class InMemory extends TransformedResource implements HttpResource {

        private final HttpHeaders headers;

        InMemory(Resource file) throws IOException {
            super(file, file.getContentAsByteArray());
            this.headers = file instanceof HttpResource versioned ? versioned.getResponseHeaders() : HttpHeaders.EMPTY;
        }

        @Override
        public HttpHeaders getResponseHeaders() {
            return headers;
        }
    }
}
