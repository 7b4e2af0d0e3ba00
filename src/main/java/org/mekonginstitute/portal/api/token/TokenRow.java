package org.mekonginstitute.portal.api.token;

import java.time.Instant;

/**
 * One line of a token list: what the token is called, whose it is, what it may do and whether it still works.
 *
 * @param state ACTIVE, EXPIRED or REVOKED, as of the list's reading
 */
public record TokenRow(
        long id,
        String name,
        String ownerName,
        String ownerEmail,
        TokenScope scope,
        Instant createdAt,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        String state) {

    public boolean active() {
        return "ACTIVE".equals(state);
    }
}
