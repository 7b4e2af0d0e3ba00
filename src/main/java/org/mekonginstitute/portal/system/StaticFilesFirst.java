package org.mekonginstitute.portal.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Stylesheets, scripts, fonts and pictures (/assets/**, /webjars/**) are looked up before the pages' routes. They are
 * the most frequent requests, and no route of a page lies under those paths; asked the other way round, Spring MVC
 * first compared a static file's address with every route of every page (none of them matches it), which took most
 * of the CPU a static file cost.
 */
@Configuration(proxyBeanMethods = false)
class StaticFilesFirst implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
    }
}
