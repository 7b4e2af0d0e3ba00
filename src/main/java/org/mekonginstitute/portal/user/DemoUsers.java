package org.mekonginstitute.portal.user;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The three demo logins of the README; loaded only with the demo data, never on a production database. */
@Component
@Order(10)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class DemoUsers implements ApplicationRunner {

    /** The one demo password, stated in the README. Nowhere else is a password written down. */
    static final String PASSWORD = "Mekong-Demo-2026";

    static final String ADMIN = "admin@demo.mekonginstitute.org";
    static final String MANAGER = "manager@demo.mekonginstitute.org";
    static final String STAFF = "staff@demo.mekonginstitute.org";

    private final UserService users;

    @Override
    public void run(ApplicationArguments args) {
        createIfMissing(ADMIN, "Anong Wongsuwan", Role.ADMIN);
        createIfMissing(MANAGER, "Dara Keo", Role.MANAGER);
        createIfMissing(STAFF, "Linh Nguyen", Role.STAFF);
    }

    private void createIfMissing(String email, String name, Role role) {
        if (!users.exists(email)) {
            users.create(email, name, role, PASSWORD);
        }
    }
}
