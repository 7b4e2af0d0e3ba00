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

    /** The last day the token works, in the institute's time zone (it expires as the next day begins). */
    public java.time.LocalDate lastDay() {
        return java.time.LocalDate.ofInstant(expiresAt.minusSeconds(1), ApiTokens.ZONE);
    }

    public boolean active() {
        return "ACTIVE".equals(state);
    }
}
