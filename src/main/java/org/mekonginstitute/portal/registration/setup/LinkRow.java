package org.mekonginstitute.portal.registration.setup;

import java.time.Instant;

/** A link as the registration page lists it, with how many applications came through it. */
public record LinkRow(
        long id,
        Long organisationId,
        String partner,
        String token,
        Instant issuedAt,
        String issuedBy,
        Instant revokedAt,
        long applications) {

    public boolean live() {
        return revokedAt == null;
    }

    public boolean open() {
        return organisationId == null;
    }

    public String path() {
        return "/apply/" + token;
    }
}
