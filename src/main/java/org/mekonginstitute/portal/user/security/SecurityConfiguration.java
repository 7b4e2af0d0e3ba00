package org.mekonginstitute.portal.user.security;

import jakarta.servlet.DispatcherType;
import org.mekonginstitute.portal.user.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what. Anyone not logged in sees only the login page, set-password links, static assets, the
 * health endpoint, tokenised calendar feeds (the token is the key), answer links and the room pages of
 * evaluations, and the certificate verification page; finer rules sit on the controllers as {@code @PreAuthorize}. Every response carries the
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

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(
                                DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(
                                "/login",
                                "/password/set/**",
                                "/assets/**",
                                "/webjars/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/calendar/feed/**")
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
                // Defaults kept: X-Content-Type-Options nosniff, X-Frame-Options DENY, no caching, and HSTS only on
                // https requests (behind a proxy: server.forward-headers-strategy makes them known as such).
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
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
