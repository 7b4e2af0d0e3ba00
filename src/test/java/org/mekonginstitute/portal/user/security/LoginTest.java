package org.mekonginstitute.portal.user.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PortalTest
class LoginTest {

    static final String PASSWORD = TestUsers.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageIsOurOwn() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mekong Capacity Portal")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void theRightPasswordLogsIn() throws Exception {
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(TestUsers.STAFF)
                        .password(PASSWORD))
                .andExpect(authenticated().withUsername(TestUsers.STAFF).withRoles("STAFF"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void emailsAreMatchedIgnoringCaseAndSpaces() throws Exception {
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("  Staff@Demo.MekongInstitute.org ")
                        .password(PASSWORD))
                .andExpect(authenticated().withUsername(TestUsers.STAFF));
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameMessage() throws Exception {
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(TestUsers.STAFF)
                        .password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user("nobody@example.org")
                        .password("whatever"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        MvcResult failed = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "typed@example.org")
                        .param("password", "x"))
                .andReturn();
        mvc.perform(get("/login").param("error", "").session((MockHttpSession)
                        failed.getRequest().getSession()))
                .andExpect(content().string(containsString("Invalid email or password")))
                .andExpect(content().string(containsString("value=\"typed@example.org\"")));
    }

    @Test
    void afterLoginTheUserReturnsToThePageAskedFor() throws Exception {
        MvcResult asked =
                mvc.perform(get("/admin")).andExpect(redirectedUrl("/login")).andReturn();
        MockHttpSession session = (MockHttpSession) asked.getRequest().getSession();
        mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("email", TestUsers.ADMIN)
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("http://localhost/admin?continue"));
    }

    @Test
    void theDashboardGreetsTheUserByName() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(TestUsers.MANAGER)
                        .password(PASSWORD))
                .andReturn();
        mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome, Dara Keo")))
                .andExpect(content().string(containsString("Manager")));
    }

    @Test
    void lowerRolesGetTheForbiddenPageForAdministration() throws Exception {
        mvc.perform(get("/admin").with(users.staff()).accept("text/html")).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(users.manager()).accept("text/html")).andExpect(status().isForbidden());
        mvc.perform(get("/admin").with(users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("User accounts")));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("email", TestUsers.STAFF).param("password", PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(users.staff())).andExpect(status().isForbidden());
    }

    @Test
    void navigationShowsAdministrationOnlyToAdmins() throws Exception {
        MvcResult staff = mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(TestUsers.STAFF)
                        .password(PASSWORD))
                .andReturn();
        mvc.perform(get("/").session((MockHttpSession) staff.getRequest().getSession()))
                .andExpect(content().string(not(containsString("href=\"/admin\""))));
        MvcResult admin = mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(TestUsers.ADMIN)
                        .password(PASSWORD))
                .andReturn();
        mvc.perform(get("/").session((MockHttpSession) admin.getRequest().getSession()))
                .andExpect(content().string(containsString("href=\"/admin\"")));
    }

    @Test
    void passwordsAreStoredOnlyAsAdaptiveHashes(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        String hash = jdbc.queryForObject(
                "select password_hash from user_account where email = ?", String.class, TestUsers.STAFF);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD);
    }
}
