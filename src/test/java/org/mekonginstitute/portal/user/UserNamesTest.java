package org.mekonginstitute.portal.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Arrays;
import java.util.Map;

/** The names shown for the logins recorded on records: an account's name, else the login, else "someone". */
@PortalTest
class UserNamesTest {

    @Autowired
    UserDirectory names;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void knownLoginsShowTheirAccountsNameAndOthersShowAsRecorded() {
        String staff = accounts.findByEmail(TestUsers.STAFF).orElseThrow().getDisplayName();
        String manager = accounts.findByEmail(TestUsers.MANAGER).orElseThrow().getDisplayName();

        Map<String, String> shown = names.displayNames(Arrays.asList(
                TestUsers.STAFF, TestUsers.MANAGER, TestUsers.STAFF, "left@example.org", "O'Brien'); --", null, ""));

        assertThat(shown)
                .containsEntry(TestUsers.STAFF, staff)
                .containsEntry(TestUsers.MANAGER, manager)
                .containsEntry("left@example.org", "left@example.org")
                .containsEntry("O'Brien'); --", "O'Brien'); --")
                .containsEntry("", "someone")
                .hasSize(5);
        assertThat(names.displayName(TestUsers.MANAGER)).isEqualTo(manager);
        assertThat(names.displayNames(Arrays.asList((String) null))).containsEntry("", "someone");
    }
}
