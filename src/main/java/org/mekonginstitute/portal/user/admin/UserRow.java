package org.mekonginstitute.portal.user.admin;

import org.mekonginstitute.portal.user.Role;

import java.time.Instant;

/** One line of the user list. {@code lockedUntil} is set only while the account is locked. */
public record UserRow(
        long id,
        String displayName,
        String email,
        Role role,
        String department,
        boolean enabled,
        Instant lockedUntil,
        Instant lastLoginAt,
        boolean hasPassword) {

    public boolean locked() {
        return lockedUntil != null;
    }
}
