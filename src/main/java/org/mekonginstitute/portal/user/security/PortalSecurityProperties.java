package org.mekonginstitute.portal.user.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The portal's own security settings ({@code portal.security.*}, or {@code PORTAL_SECURITY_*} in the
 * environment): how many wrong passwords lock an account, for how long, and how long a set-password link works.
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("72h") Duration setPasswordLinkValidity) {

    public PortalSecurityProperties {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("portal.security.max-failed-logins must be at least 1");
        }
        if (lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("portal.security.lock-duration must be positive");
        }
        if (setPasswordLinkValidity.isNegative() || setPasswordLinkValidity.isZero()) {
            throw new IllegalArgumentException("portal.security.set-password-link-validity must be positive");
        }
    }
}
