package org.mekonginstitute.portal.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What an account does with itself, without the portal around it. */
class UserAccountTest {

    private final UserAccount account = new UserAccount("  Somchai@MekongInstitute.org ", " Somchai ", Role.STAFF);

    @Test
    void anAccountIsKnownByItsEmailInLowerCaseWithoutSpaces() {
        assertThat(account.getEmail()).isEqualTo("somchai@mekonginstitute.org");
        assertThat(account.getDisplayName()).isEqualTo("Somchai");
    }

    @Test
    void aNewAccountCanLogInOnceItsUserHasChosenAPassword() {
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.hasPassword()).isFalse();

        account.usePassword("$2a$10$hash");

        assertThat(account.hasPassword()).isTrue();
    }

    @Test
    void disablingSaysWhetherTheAccountCouldLogInBefore() {
        assertThat(account.disable()).isTrue();
        assertThat(account.isEnabled()).isFalse();
        assertThat(account.disable()).isFalse();

        account.enable();

        assertThat(account.isEnabled()).isTrue();
    }

    @Test
    void changingToTheSameRoleIsNoChange() {
        assertThat(account.changeRole(Role.STAFF)).isFalse();
        assertThat(account.changeRole(Role.MANAGER)).isTrue();
        assertThat(account.getRole()).isEqualTo(Role.MANAGER);
    }

    @Test
    void anAccountWithoutALockIsNeverLocked() {
        assertThat(account.isLockedAt(java.time.Instant.now())).isFalse();
        account.unlock();
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLockedUntil()).isNull();
    }
}
