package org.mekonginstitute.portal.user.security;

import jakarta.servlet.DispatcherType;
import org.mekonginstitute.portal.system.ManagementPort;
import org.mekonginstitute.portal.user.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Anyone not logged in sees only the login page, set-password links, static assets, the
 * health endpoint, tokenised calendar feeds, the registration links, answer links and the room pages of
 * evaluations (in each the token is the key), and the certificate verification page; finer rules sit on the
 * controllers as {@code @PreAuthorize}. Every response carries the
 * security headers below; the session id changes at login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * No inline scripts anywhere (static files only); inline styles stay allowed for Bootstrap and FullCalendar,
     * and fonts from data: addresses for FullCalendar's icons (its stylesheet embeds them).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    // --- Operations: the management port (README "Probes, metrics and logs") ---------------------------------------
    /**
     * Health, probes and metrics on the management port answer the orchestrator and the monitoring without a login,
     * a session or a CSRF token; that port is published to them only. On the public port the rules below apply.
     */
    // ---- JSON API -------------------------------------------------------------------------------------------------
    // Every address under /api/ (the API, its reference at /api/docs and its OpenAPI document) is answered by the
    // API's own chain, api/security/ApiSecurityConfiguration: stateless, personal access tokens instead of the
    // session, no CSRF token. It is ordered ahead of this one, which therefore never sees /api/ and keeps the pages'
    // session login unchanged.
    // ---- end of the JSON API's note -------------------------------------------------------------------------------

    @Bean
    @Order(0)
    SecurityFilterChain managementPortSecurity(HttpSecurity http, ManagementPort managementPort) throws Exception {
        http.securityMatcher(managementPort::received)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
    // --- end of operations ------------------------------------------------------------------------------------------

    /**
     * Static files: public, the same headers as pages, but no session, no CSRF token, no saved request. They are the
     * most frequent requests and need none of that.
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/assets/**", "/webjars/**", "/favicon.ico")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .securityContext(context -> context.disable())
                .sessionManagement(sessions -> sessions.disable())
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .anonymous(anonymous -> anonymous.disable())
                .headers(SecurityConfiguration::portalHeaders);
        return http.build();
    }

    /**
     * Spring Security's own observations wrap each of its filters and each authorization decision: a measurable
     * share of every request, and nothing the portal reads. Request timings per route come from Spring MVC.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(2)
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(
                                "/login",
                                "/language",
                                "/password/set/**",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/calendar/feed/**")
                        .permitAll()
                        // Online registration: partners' nomination links, the open registration link and each
                        // applicant's own page; the token in the address is the key (registration module).
                        .requestMatchers("/apply/**")
                        .permitAll()
                        // Evaluation and certificates: answer links and the room's QR code (the token or
                        // room key is the key), and the public certificate verification page.
                        .requestMatchers("/answer/**", "/room/**", "/certificates/verify", "/certificates/verify/**")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/login")
                        .usernameParameter("email")
                        .failureHandler((request, response, exception) -> {
                            // Keep what the user typed; the message never says whether the email exists.
                            request.getSession().setAttribute("portalLastEmail", request.getParameter("email"));
                            response.sendRedirect(request.getContextPath() + "/login?error");
                        })
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                // A new session id at login, so an id planted before it is worth nothing (Spring's default, stated).
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::portalHeaders);
        return http.build();
    }

    /**
     * Defaults kept: X-Content-Type-Options nosniff, X-Frame-Options DENY, no caching of pages, and HSTS only on https
     * requests (behind a proxy: server.forward-headers-strategy makes them known as such).
     */
    private static void portalHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frames -> frames.deny());
    }

    /** ADMIN includes MANAGER includes STAFF, for checks on authorities that list only the role itself. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.MANAGER.name())
                .role(Role.MANAGER.name())
                .implies(Role.STAFF.name())
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
