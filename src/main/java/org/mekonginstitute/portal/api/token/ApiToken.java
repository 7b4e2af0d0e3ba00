package org.mekonginstitute.portal.api.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.shared.IdentifiedEntity;

import java.time.Instant;

/**
 * A personal access token as the database knows it: whose it is, its name, its scope, the SHA-256 of the token
 * (never the token itself), until when it works and when it was revoked.
 */
@Getter
@Entity
@Table(name = "api_token")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ApiToken extends IdentifiedEntity {

    @Column(name = "user_account_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private TokenScope scope;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, updatable = false)
    private Instant expiresAt;

    private Instant revokedAt;

    private String revokedBy;

    ApiToken(long ownerId, String name, String tokenHash, TokenScope scope, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token expires after it is created");
        }
        this.ownerId = ownerId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.scope = scope;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isRevoked() {
        return revokedAt != null;
    }

    /** Stops the token; revoking it again changes nothing, the first time stays on record. */
    void revoke(String by, Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
            revokedBy = by;
        }
    }
}
