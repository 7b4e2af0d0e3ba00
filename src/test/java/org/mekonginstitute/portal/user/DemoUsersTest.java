package org.mekonginstitute.portal.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class DemoUsersTest {

    @Autowired
    DemoUsers demoUsers;

    @Autowired
    UserService users;

    @Test
    void loadingTheDemoUsersAgainChangesNothing() {
        long before = users.count();
        demoUsers.run(null);
        assertThat(users.count()).isEqualTo(before);
        assertThat(users.findByEmail(DemoUsers.MANAGER))
                .get()
                .extracting(UserAccount::getRole)
                .isEqualTo(Role.MANAGER);
    }
}
