package org.mekonginstitute.portal.user.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/** Administrators manage accounts at /admin/users; nobody else reaches it, and an administrator always remains. */
@PortalTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    @Autowired
    Departments departments;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffAndManagersAreForbiddenFromUserAdministration() throws Exception {
        long someone = userService.findByEmail(TestUsers.STAFF).orElseThrow().getId();
        for (var as : List.of(users.staff(), users.manager())) {
            mvc.perform(get("/admin/users").with(as)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/new").with(as)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/" + someone).with(as)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users")
                            .with(as)
                            .with(csrf())
                            .param("email", "sneaky@example.org")
                            .param("displayName", "Sneaky")
                            .param("role", "ADMIN"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + someone + "/role")
                            .with(as)
                            .with(csrf())
                            .param("role", "ADMIN"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + someone + "/disable").with(as).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(userService.exists("sneaky@example.org")).isFalse();
        assertThat(userService.findByEmail(TestUsers.STAFF).orElseThrow().getRole())
                .isEqualTo(Role.STAFF);
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void anAdministratorListsUsersWithRoleDepartmentStatusAndLastLogin() throws Exception {
        mvc.perform(get("/admin/users").param("q", "demo.mekonginstitute.org").with(users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Linh Nguyen")))
                .andExpect(content().string(containsString("manager@demo.mekonginstitute.org")))
                .andExpect(content().string(containsString("Administrator")))
                .andExpect(content().string(containsString("Enabled")))
                .andExpect(content().string(containsString("Last login")));
        mvc.perform(get("/admin/users")
                        .param("role", "MANAGER")
                        .param("q", "demo.mekonginstitute.org")
                        .with(users.admin()))
                .andExpect(content().string(containsString("Dara Keo")))
                .andExpect(content().string(not(containsString("Linh Nguyen"))));
        mvc.perform(get("/admin/users")
                        .param("role", "NOT_A_ROLE")
                        .param("page", "x")
                        .param("sort", "drop table")
                        .with(users.admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/admin").with(users.admin()))
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
    }

    @Test
    void anAdministratorCreatesAUserAndIsShownAOneTimeLinkWhoseTokenIsStoredOnlyAsAHash() throws Exception {
        String email = "new-" + TestData.unique().toLowerCase(Locale.ROOT) + "@mekonginstitute.org";
        long department = departments.all().get(0).getId();
        MvcResult created = mvc.perform(post("/admin/users")
                        .with(users.admin())
                        .with(csrf())
                        .param("email", "  " + email.toUpperCase(Locale.ROOT) + " ")
                        .param("displayName", " Chanthavy Sisouk ")
                        .param("departmentId", String.valueOf(department))
                        .param("role", "MANAGER"))
                .andExpect(redirectedUrlPattern("/admin/users/*"))
                .andExpect(flash().attribute("link", containsString("http://localhost/password/set/")))
                .andReturn();
        UserAccount account = userService.findByEmail(email).orElseThrow();
        assertThat(account.getDisplayName()).isEqualTo("Chanthavy Sisouk");
        assertThat(account.getRole()).isEqualTo(Role.MANAGER);
        assertThat(account.hasPassword()).isFalse();
        assertThat(account.getCreatedBy()).isEqualTo(TestUsers.ADMIN);

        String link = (String) created.getFlashMap().get("link");
        String token = link.substring(link.lastIndexOf('/') + 1);
        List<String> stored = jdbc.queryForList(
                "select token_hash from set_password_token where user_account_id = ?", String.class, account.getId());
        assertThat(stored).containsExactly(SecretTokens.hash(token));
        assertThat(stored.get(0)).doesNotContain(token).hasSize(64);

        mvc.perform(get("/admin/users/" + account.getId()).with(users.admin()).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString(link)))
                .andExpect(content().string(containsString("Set-password link")));
        mvc.perform(get("/admin/users/" + account.getId()).with(users.admin()))
                .andExpect(content().string(not(containsString(token))))
                .andExpect(content().string(containsString("A set-password link is waiting to be used until")))
                .andExpect(content().string(containsString("Not set yet")));
    }

    @Test
    void aNewUserNeedsAValidUnusedEmailANameAndARoleAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/admin/users")
                        .with(users.admin())
                        .with(csrf())
                        .param("email", "not-an-email")
                        .param("displayName", "")
                        .param("role", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "email", "displayName", "role"))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        mvc.perform(post("/admin/users")
                        .with(users.admin())
                        .with(csrf())
                        .param("email", " Staff@Demo.MekongInstitute.org")
                        .param("displayName", "Copy")
                        .param("role", "STAFF"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "invalid"))
                .andExpect(content().string(containsString("An account with this email already exists.")));
        mvc.perform(post("/admin/users")
                        .with(users.admin())
                        .with(csrf())
                        .param("email", "dept-" + TestData.unique().toLowerCase(Locale.ROOT) + "@example.org")
                        .param("displayName", "Nowhere")
                        .param("role", "STAFF")
                        .param("departmentId", "999999"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "departmentId"));
    }

    @Test
    void anAdministratorDisablesEnablesAndChangesTheRoleOfAnotherUser() throws Exception {
        UserAccount account = newUser(Role.STAFF);
        long id = account.getId();
        mvc.perform(post("/admin/users/" + id + "/disable").with(users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("saved", containsString("can no longer log in")));
        assertThat(reload(account).isEnabled()).isFalse();
        mvc.perform(post("/admin/users/" + id + "/enable").with(users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(reload(account).isEnabled()).isTrue();
        mvc.perform(post("/admin/users/" + id + "/role")
                        .with(users.admin())
                        .with(csrf())
                        .param("role", "MANAGER"))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("saved", containsString("is now: Manager")));
        assertThat(reload(account).getRole()).isEqualTo(Role.MANAGER);
        mvc.perform(post("/admin/users/" + id + "/role")
                        .with(users.admin())
                        .with(csrf())
                        .param("role", "OWNER"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/999999/disable").with(users.admin()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    @Transactional // rolled back: the other administrators are disabled only inside this test
    void theLastEnabledAdministratorCanNeitherBeDisabledNorDemoted() throws Exception {
        UserAccount last = newUser(Role.ADMIN);
        jdbc.update("update user_account set enabled = false where role = 'ADMIN' and id <> ?", last.getId());

        mvc.perform(post("/admin/users/" + last.getId() + "/disable")
                        .with(users.as(last.getEmail()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + last.getId()))
                .andExpect(flash().attribute("problem", containsString("only enabled administrator")));
        mvc.perform(post("/admin/users/" + last.getId() + "/role")
                        .with(users.as(last.getEmail()))
                        .with(csrf())
                        .param("role", "MANAGER"))
                .andExpect(flash().attribute("problem", containsString("only enabled administrator")));
        Boolean enabled =
                jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, last.getId());
        String role = jdbc.queryForObject("select role from user_account where id = ?", String.class, last.getId());
        assertThat(enabled).isTrue();
        assertThat(role).isEqualTo("ADMIN");
    }

    @Test
    void anAdministratorWhoStepsDownWhileAnotherRemainsIsLoggedOut() throws Exception {
        UserAccount admin = newUser(Role.ADMIN);
        mvc.perform(post("/admin/users/" + admin.getId() + "/role")
                        .with(users.as(admin.getEmail()))
                        .with(csrf())
                        .param("role", "STAFF"))
                .andExpect(redirectedUrl("/login?logout"));
        assertThat(reload(admin).getRole()).isEqualTo(Role.STAFF);
    }

    private UserAccount newUser(Role role) {
        String email = "admin-test-" + TestData.unique().toLowerCase(Locale.ROOT) + "@test.mekonginstitute.org";
        return userService.create(email, "Admin Tester", role, TestUsers.PASSWORD);
    }

    private UserAccount reload(UserAccount account) {
        return userService.find(account.getId()).orElseThrow();
    }
}
