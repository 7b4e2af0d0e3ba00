package org.mekonginstitute.portal.user.security;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserAccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Counts wrong passwords in a row and locks the account for a while when there are too many, so that nobody
 * can try passwords one after another. Bookkeeping only: these updates do not change the record's version or
 * who last edited it.
 */
@Service
@RequiredArgsConstructor
@Transactional
public class LoginAttempts {

    private final UserAccountRepository accounts;
    private final PortalSecurityProperties settings;

    /**
     * Records a wrong password for {@code email} at {@code now}; returns until when the account is now locked,
     * if this failure locked it. An unknown email changes nothing.
     */
    public Optional<Instant> recordFailure(String email, Instant now) {
        if (!PlainText.storable(email)) {
            return Optional.empty(); // not any account's email
        }
        String normalised = UserAccount.normaliseEmail(email);
        // The database keeps microseconds: compare what it stores with what was written.
        Instant lockUntil = now.plus(settings.lockDuration()).truncatedTo(ChronoUnit.MICROS);
        int updated = accounts.countFailedLogin(normalised, settings.maxFailedLogins(), lockUntil);
        if (updated == 0) {
            return Optional.empty();
        }
        return accounts.findLockedUntil(normalised).filter(lockUntil::equals);
    }

    /** A successful login: remembered as the last one, and the count of wrong passwords starts again. */
    void recordSuccess(String email, Instant now) {
        accounts.recordSuccessfulLogin(UserAccount.normaliseEmail(email), now);
    }
}
