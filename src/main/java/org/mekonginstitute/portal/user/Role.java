package org.mekonginstitute.portal.user;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Arrays;
import java.util.List;

/** What a user may do: a hierarchy, each role includes everything of the roles below it. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Role {
    STAFF("Program staff"),
    MANAGER("Manager"),
    ADMIN("Administrator");

    private final String label;

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
