package org.mekonginstitute.portal.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** MockMvc requests made as one of the demo users, with the same principal a real login gives. */
@Component
@RequiredArgsConstructor
public class TestUsers {

    public static final String STAFF = "staff@demo.mekonginstitute.org";
    public static final String MANAGER = "manager@demo.mekonginstitute.org";
    public static final String ADMIN = "admin@demo.mekonginstitute.org";
    /** The demo users' password. */
    public static final String PASSWORD = "Mekong-Demo-2026";

    private final UserDetailsService userDetails;

    public RequestPostProcessor staff() {
        return as(STAFF);
    }

    public RequestPostProcessor manager() {
        return as(MANAGER);
    }

    public RequestPostProcessor admin() {
        return as(ADMIN);
    }

    /** The demo staff member's account id, for forms that pick staff. */
    public long staffId() {
        return ((org.mekonginstitute.portal.user.PortalUser) userDetails.loadUserByUsername(STAFF)).id();
    }

    public RequestPostProcessor as(String email) {
        return user(userDetails.loadUserByUsername(email));
    }
}
