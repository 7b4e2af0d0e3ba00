package org.mekonginstitute.portal.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.mekonginstitute.portal.shared.AuditedEntity;

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

    private boolean enabled = true;

    private Instant lastLoginAt;

    public UserAccount(String email, String displayName, Role role) {
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.role = role;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** Emails are compared ignoring case and surrounding spaces: that is how people type them. */
    public static String normaliseEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
