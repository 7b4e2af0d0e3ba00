package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** Logs every login and failed attempt (never the password) and remembers when each user last logged in. */
@Slf4j
@Component
@RequiredArgsConstructor
class LoginEvents {

    private final UserService users;
    private final Clock clock;

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String email = event.getAuthentication().getName();
        log.info("Login succeeded for {}", email);
        users.recordLogin(email, Instant.now(clock));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        log.warn("Login failed for {}: {}", event.getAuthentication().getName(),
                event.getException().getClass().getSimpleName());
    }
}
