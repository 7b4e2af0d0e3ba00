package org.mekonginstitute.portal.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.department.Department;

import java.time.Instant;
import java.util.Locale;

/** A staff account: logs in with its email; the password is kept only as an adaptive hash. */
@Getter
@Setter
@Entity
@Table(name = "user_account")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String displayName;

    @Setter(AccessLevel.NONE)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    private boolean enabled = true;

    private Instant lastLoginAt;

    /** Wrong passwords typed since the last successful login or lock; see {@link LoginAttempts}. */
    private int failedLogins;

    /** Until when logins are refused after too many wrong passwords; null or past when not locked. */
    private Instant lockedUntil;

    public UserAccount(String email, String displayName, Role role) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.role = role;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
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
