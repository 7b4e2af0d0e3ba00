package org.mekonginstitute.portal.api.security;

import jakarta.servlet.DispatcherType;
import org.mekonginstitute.portal.api.token.ApiTokens;
import org.mekonginstitute.portal.api.token.TokenScope;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The API's own security, ahead of the pages' (user/security): every address under {@code /api/} is answered here,
 * stateless, with no session and no CSRF token, opened only by personal access tokens. Reads need any working token
 * of a user; writes a read-write one; the roles on the controllers then apply as on the pages. The reference and the
 * OpenAPI document are public: they describe the API and hold no data.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiSecurityConfiguration {

    /** Swagger UI runs from the portal's own files; the JSON answers need nothing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    @Bean
    RateLimits apiRateLimits(ApiProperties properties) {
        return new RateLimits(properties, System::nanoTime);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, UserService users, RateLimits limits)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                                .permitAll()
                                .requestMatchers(
                                        HttpMethod.GET,
                                        "/api/docs",
                                        "/api/swagger-ui/**",
                                        "/api/openapi",
                                        "/api/openapi.yaml",
                                        "/api/openapi/**")
                                .permitAll()
                                .requestMatchers(HttpMethod.GET, "/api/**")
                                .authenticated()
                                .requestMatchers(HttpMethod.HEAD, "/api/**")
                                .authenticated()
                                .anyRequest()
                                .hasAuthority(TokenScope.WRITE_AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(tokens, users, limits), AnonymousAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            ProblemResponses.write(
                                    request,
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "Send a personal access token: Authorization: Bearer <token>. Create one on your"
                                            + " account page.");
                        })
                        .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(
                                request, response, HttpStatus.FORBIDDEN, whyForbidden(request.getMethod()))))
                // Reads may be kept by the caller but must be checked again (their ETag makes that cheap): set by the
                // token filter instead of Spring Security's "no-store".
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    /** A read-only token writing is told so; anything else is the owner's role. */
    private static String whyForbidden(String method) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean writes = auth != null
                && auth.getAuthorities().stream().anyMatch(a -> TokenScope.WRITE_AUTHORITY.equals(a.getAuthority()));
        boolean reading = HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method);
        return !reading && !writes
                ? "This token may only read. Create a read-write token to make changes."
                : "Your role does not allow this.";
    }
}
