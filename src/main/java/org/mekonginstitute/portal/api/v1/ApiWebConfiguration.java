package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The API's web setup: an {@code ETag} on every read, so a caller that sends it back in {@code If-None-Match} gets
 * 304 and no body when nothing changed (records with a version carry that version as their ETag instead, for
 * {@code If-Match}); and the OpenAPI document's description of the API and its tokens.
 */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    static final String TOKEN_SCHEME = "token";

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        // Weak: the same data, whatever the compression on the way (Tomcat compresses only without a strong ETag).
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }

    @Bean
    OpenAPI portalApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Mekong Capacity Portal API")
                        .version("v1")
                        .description("The portal's projects, activities, participants, attendance, indicators, reach"
                                + " and calendar, for the institute's other systems. Every call needs a personal access"
                                + " token (account page → API tokens), sent in the Authorization header as \"Bearer\" and the token; it acts"
                                + " with its owner's role, and writes need a read-write token. Lists are read by"
                                + " cursor (?cursor= the \"next\" of the page before); reads carry an ETag for"
                                + " If-None-Match, and changes to a record need its ETag in If-Match. Errors are"
                                + " application/problem+json (RFC 9457)."))
                .components(new Components()
                        .addSecuritySchemes(
                                TOKEN_SCHEME,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal access token, mip_…")))
                .addSecurityItem(new SecurityRequirement().addList(TOKEN_SCHEME));
    }
}
