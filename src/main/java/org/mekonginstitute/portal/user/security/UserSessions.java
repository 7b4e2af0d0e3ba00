package org.mekonginstitute.portal.user.security;

import jakarta.servlet.http.HttpSession;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Map;

/**
 * Ends a user's logins when their access changes (disabled, another role, a new password), on every instance:
 * the sessions live in the shared session table. The session of the request doing the change is kept; the
 * controller decides what happens to it. Without Spring Session (some tests) there is nothing to look up.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class UserSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    /** Ends the user's other sessions once the current transaction has committed (at once outside one). */
    public void endOthersOf(String email) {
        String keep = currentSessionId();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(email, keep);
                }
            });
        } else {
            end(email, keep);
        }
    }

    private void end(String email, String keep) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        if (sessions == null) {
            log.debug("No shared session store: sessions of {} are not looked up", email);
            return;
        }
        Map<String, ?> found = sessions.findByPrincipalName(email);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of {}", ended, email);
        }
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
