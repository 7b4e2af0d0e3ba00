package org.mekonginstitute.portal.user.password;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.audit.AuditActor;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserAccountRepository;
import org.mekonginstitute.portal.user.security.PortalSecurityProperties;
import org.mekonginstitute.portal.user.security.UserSessions;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One-time set-password links. An administrator issues one for a new account (or for someone who forgot their
 * password) and passes it on; whoever opens it chooses a password, once, before it expires. The database keeps
 * only each token's SHA-256, so a copy of the database does not open anybody's account.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class SetPasswordLinks {

    enum Status {
        VALID,
        EXPIRED,
        USED,
        UNKNOWN
    }

    /** What the link page needs to know: whether the link works, and for whom. */
    record Check(Status status, String email, String displayName) {
        static final Check UNKNOWN = new Check(Status.UNKNOWN, null, null);
    }

    /** A link just issued: the token goes into the address, shown once to the administrator. */
    public record Issued(String token, Instant expiresAt) {}

    /** The link page was submitted with a link that no longer (or never did) work. */
    @Getter
    static class Unusable extends RuntimeException {
        private final Status status;

        Unusable(Status status) {
            super("Set-password link " + status);
            this.status = status;
        }
    }

    private final SetPasswordTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder passwordEncoder;
    private final PortalSecurityProperties settings;
    private final UserSessions sessions;
    private final AuditorAware<String> auditor;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    /** Issues a new link for the account; the links it had and did not use stop working. */
    @Transactional
    public Issued issue(long accountId) {
        return issue(accountId, Instant.now(clock));
    }

    @Transactional
    Issued issue(long accountId, Instant now) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("User", accountId));
        tokens.deleteUnusedOf(accountId);
        String token = SecretTokens.generate();
        Instant expiresAt = now.plus(settings.setPasswordLinkValidity());
        tokens.save(new SetPasswordToken(
                account,
                SecretTokens.hash(token),
                now,
                expiresAt,
                auditor.getCurrentAuditor().orElse("system")));
        return new Issued(token, expiresAt);
    }

    Check check(String token) {
        return check(token, Instant.now(clock));
    }

    Check check(String token, Instant now) {
        return find(token)
                .map(t -> new Check(
                        t.statusAt(now),
                        t.getAccount().getEmail(),
                        t.getAccount().getDisplayName()))
                .orElse(Check.UNKNOWN);
    }

    /** The newest link of an account not used yet, to show the administrator whether one is pending. */
    public Optional<Instant> pendingUntil(long accountId, Instant now) {
        return tokens.findFirstByAccountIdAndUsedAtIsNullOrderByCreatedAtDesc(accountId)
                .map(SetPasswordToken::getExpiresAt)
                .filter(expires -> expires.isAfter(now));
    }

    /**
     * Sets the account's password with the link and uses the link up. Throws {@link Unusable} for a link that
     * does not work (any more), {@link org.mekonginstitute.portal.shared.InvalidInput} for a refused password.
     * A lock after wrong passwords is lifted, and the account's other sessions end.
     */
    @Transactional
    String setPassword(String token, String newPassword) {
        return setPassword(token, newPassword, Instant.now(clock));
    }

    @Transactional
    String setPassword(String token, String newPassword, Instant now) {
        if (!isWellFormed(token)) {
            throw new Unusable(Status.UNKNOWN);
        }
        // Locked, so that the same link submitted twice at once sets one password, not two.
        SetPasswordToken link =
                tokens.findForUpdate(SecretTokens.hash(token)).orElseThrow(() -> new Unusable(Status.UNKNOWN));
        Status status = link.statusAt(now);
        if (status != Status.VALID) {
            throw new Unusable(status);
        }
        UserAccount account = link.getAccount();
        policy.check(newPassword, account.getEmail());
        // Nobody is logged in: the trail records the account's owner, who holds the link, not "system".
        AuditActor.name(jdbc, account.getEmail());
        account.usePassword(passwordEncoder.encode(newPassword));
        account.unlock();
        link.markUsed(now);
        sessions.endOthersOf(account.getEmail());
        return account.getEmail();
    }

    private Optional<SetPasswordToken> find(String token) {
        return isWellFormed(token) ? tokens.findByTokenHash(SecretTokens.hash(token)) : Optional.empty();
    }

    private static boolean isWellFormed(String token) {
        return SecretTokens.isWellFormed(token);
    }

    /** Lower-case hex SHA-256 of the token, as stored. */
}
