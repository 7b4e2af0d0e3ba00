package org.mekonginstitute.portal.user;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;

class FirstAdminTest {

    private final UserService users = mock(UserService.class);

    @Test
    void anEmptyUserTableGetsTheConfiguredAdministrator() {
        when(users.count()).thenReturn(0L);
        firstAdmin("root@example.org", "a long enough secret").run(null);
        verify(users).create("root@example.org", "Administrator", Role.ADMIN, "a long enough secret");
    }

    @Test
    void existingAccountsAreLeftAlone() {
        when(users.count()).thenReturn(3L);
        firstAdmin("root@example.org", "a long enough secret").run(null);
        verify(users, never()).create(anyString(), anyString(), any(), anyString());
    }

    @Test
    void withoutEmailAndPasswordNobodyIsCreated() {
        when(users.count()).thenReturn(0L);
        firstAdmin("root@example.org", "").run(null);
        verify(users, never()).create(anyString(), anyString(), any(), anyString());
    }

    @Test
    void aPasswordThePolicyRefusesStopsTheStartWithTheReason() {
        when(users.count()).thenReturn(0L);
        when(users.create("root@example.org", "Administrator", Role.ADMIN, "short"))
                .thenThrow(new InvalidInput(
                        List.of(new InvalidInput.Problem("newPassword", "Use at least 12 characters."))));
        assertThatThrownBy(() -> firstAdmin("root@example.org", "short").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PORTAL_ADMIN_PASSWORD")
                .hasMessageContaining("Use at least 12 characters.")
                .hasMessageNotContaining("short");
    }

    private FirstAdmin firstAdmin(String email, String password) {
        FirstAdmin firstAdmin = new FirstAdmin(users);
        ReflectionTestUtils.setField(firstAdmin, "email", email);
        ReflectionTestUtils.setField(firstAdmin, "password", password);
        ReflectionTestUtils.setField(firstAdmin, "name", "Administrator");
        return firstAdmin;
    }
}
