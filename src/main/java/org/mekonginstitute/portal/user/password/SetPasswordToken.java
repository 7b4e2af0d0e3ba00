package org.mekonginstitute.portal.user.password;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.shared.IdentifiedEntity;
import org.mekonginstitute.portal.user.UserAccount;

import java.time.Instant;

/**
 * A one-time set-password link as the database knows it: the SHA-256 of its token (never the token itself),
 * whose account it is for, until when it works and whether it was used.
 */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class SetPasswordToken extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_account_id")
    private UserAccount account;

    @Column(nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    private Instant usedAt;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private String createdBy;

    SetPasswordToken(UserAccount account, String tokenHash, Instant createdAt, Instant expiresAt, String createdBy) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
    }

    SetPasswordLinks.Status statusAt(Instant now) {
        if (usedAt != null) {
            return SetPasswordLinks.Status.USED;
        }
        return expiresAt.isAfter(now) ? SetPasswordLinks.Status.VALID : SetPasswordLinks.Status.EXPIRED;
    }

    void markUsed(Instant at) {
        this.usedAt = at;
    }
}
