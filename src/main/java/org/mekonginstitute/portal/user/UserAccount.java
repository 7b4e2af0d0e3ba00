package org.mekonginstitute.portal.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.department.Department;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.user.security.LoginAttempts;

import java.time.Instant;
import java.util.Locale;

/** A staff account: logs in with its email; the password is kept only as an adaptive hash. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String displayName;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department department;

    private boolean enabled = true;

    private Instant lastLoginAt;

    /** Wrong passwords typed since the last successful login or lock; see {@link LoginAttempts}. */
    private int failedLogins;

    /** Until when logins are refused after too many wrong passwords; null or past when not locked. */
    private Instant lockedUntil;

    /** The language chosen in the language menu ({@link Language#code()}); null: the browser's. */
    private String language;

    public UserAccount(String email, String displayName, Role role) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.role = role;
    }

    /** From now on the portal speaks this language to the account's owner. */
    public void speaks(Language language) {
        this.language = language.code();
    }

    /** From now on the account logs in with the password of this hash. */
    public void usePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void assignTo(Department department) {
        this.department = department;
    }

    /** Stops the account logging in; what it did stays. False when it was disabled already. */
    public boolean disable() {
        boolean was = enabled;
        enabled = false;
        return was;
    }

    public void enable() {
        enabled = true;
    }

    /** False when the account had this role already. */
    public boolean changeRole(Role newRole) {
        boolean changed = role != newRole;
        role = newRole;
        return changed;
    }

    /** Lifts a lock at once; the count of wrong passwords starts again. */
    public void unlock() {
        lockedUntil = null;
        failedLogins = 0;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** An account created by an administrator has no password until its user follows the set-password link. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Emails are compared ignoring case and surrounding spaces: that is how people type them. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
