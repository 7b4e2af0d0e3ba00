package org.mekonginstitute.portal.user;

import org.mekonginstitute.portal.shared.Labelled;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.List;

/**
 * What a user may do: a hierarchy, each role includes everything of the roles below it. Named in the bundles
 * (i18n/user.properties: {@code Role.STAFF=Program staff}).
 */
public enum Role implements Labelled {
    STAFF,
    MANAGER,
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** The Spring Security authorities of this role and of every role it includes. */
    List<GrantedAuthority> authorities() {
        return Arrays.stream(values())
                .filter(this::includes)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
    }
}
