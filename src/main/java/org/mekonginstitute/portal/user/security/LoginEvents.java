package org.mekonginstitute.portal.user.security;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Logs every login and failed attempt with the address it came from (never the password), remembers when each
 * user last logged in, and counts wrong passwords towards a lock.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class LoginEvents {

    private final LoginAttempts attempts;
    private final Clock clock;

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        log.info("Login succeeded for {} from {}", loggable(email), from(event.getAuthentication()));
        attempts.recordSuccess(email, Instant.now(clock));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String email = event.getAuthentication().getName();
        // BadCredentials: wrong password or unknown email; Locked / Disabled: refused before the password was read.
        log.warn(
                "Login failed for {} from {}: {}",
                loggable(email),
                from(event.getAuthentication()),
                event.getException().getClass().getSimpleName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            attempts.recordFailure(email, Instant.now(clock))
                    .ifPresent(until -> log.warn(
                            "Account {} locked until {} after too many wrong passwords", loggable(email), until));
        }
    }

    private static String from(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown address";
    }

    /** What was typed as an email goes to the log as one line, whatever it contains, and not too long. */
    public static String loggable(String typed) {
        if (typed == null) {
            return "(none)";
        }
        String oneLine = typed.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return oneLine.length() > 254 ? oneLine.substring(0, 254) + "…" : oneLine;
    }
}
