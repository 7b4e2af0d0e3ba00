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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Wrong passwords lock an account for a while; every login is logged; the session id changes at login. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class LoginProtectionTest {

    static final String PASSWORD = TestUsers.PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    @Autowired
    LoginAttempts attempts;

    @Test
    void fiveWrongPasswordsInARowLockTheAccountWithTheSameMessageAsAWrongPassword() throws Exception {
        String email = newUser(Role.STAFF);
        for (int i = 1; i <= 4; i++) {
            wrongPassword(email);
        }
        assertThat(account(email).getFailedLogins()).isEqualTo(4);
        assertThat(account(email).getLockedUntil()).isNull();

        Instant before = Instant.now();
        wrongPassword(email);
        UserAccount locked = account(email);
        assertThat(locked.getLockedUntil())
                .isBetween(
                        before.plus(Duration.ofMinutes(15)).minusSeconds(1),
                        Instant.now().plus(Duration.ofMinutes(15)));

        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theLockEndsByItselfAfterTheLockDuration() {
        String email = newUser(Role.STAFF);
        Instant at = Instant.parse("2026-11-20T03:00:00.123456789Z");
        for (int i = 1; i <= 4; i++) {
            assertThat(attempts.recordFailure(email, at)).isEmpty();
        }
        assertThat(attempts.recordFailure(email, at))
                .as("the lock is reported, to the microsecond the database keeps")
                .hasValue(Instant.parse("2026-11-20T03:15:00.123456Z"));

        UserAccount locked = account(email);
        assertThat(locked.isLockedAt(at.plus(Duration.ofMinutes(14)).plusSeconds(59)))
                .isTrue();
        assertThat(locked.isLockedAt(at.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(locked.getFailedLogins())
                .as("the count starts again after a lock")
                .isZero();
    }

    @Test
    void aLockFromThePastNoLongerStopsTheRightPassword() throws Exception {
        String email = newUser(Role.STAFF);
        Instant twentyMinutesAgo = Instant.now().minus(Duration.ofMinutes(20));
        for (int i = 1; i <= 5; i++) {
            attempts.recordFailure(email, twentyMinutesAgo);
        }
        assertThat(account(email).getLockedUntil()).isBefore(Instant.now());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        String email = newUser(Role.STAFF);
        for (int i = 1; i <= 5; i++) {
            wrongPassword(email);
        }
        long id = account(email).getId();
        mvc.perform(get("/admin/users/" + id).with(users.admin()))
                .andExpect(content().string(containsString("Locked until")))
                .andExpect(content().string(containsString(">Unlock</button>")));
        mvc.perform(post("/admin/users/" + id + "/unlock").with(users.admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id));
        assertThat(account(email).getLockedUntil()).isNull();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgainAndIsRemembered() throws Exception {
        String email = newUser(Role.STAFF);
        wrongPassword(email);
        wrongPassword(email);
        Instant before = Instant.now();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(authenticated());
        UserAccount account = account(email);
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLastLoginAt()).isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void aDisabledAccountCannotLogInAndGetsTheUsualMessage() throws Exception {
        String email = newUser(Role.STAFF);
        mvc.perform(post("/admin/users/" + account(email).getId() + "/disable")
                .with(users.admin())
                .with(csrf()));
        assertThat(account(email).isEnabled()).isFalse();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void theSessionIdChangesAtLogin(@LocalServerPort int port) throws Exception {
        String email = newUser(Role.STAFF);
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> loginPage = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionCookie(loginPage);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Cookie", "JSESSIONID=" + before)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("email="
                                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").map(URI::create).map(URI::getPath))
                .hasValue("/");
        String after = sessionCookie(login);
        assertThat(before).isNotBlank();
        assertThat(after).as("a new session id at login").isNotBlank().isNotEqualTo(before);

        HttpResponse<String> withOldId = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Cookie", "JSESSIONID=" + before)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withOldId.statusCode())
                .as("the id from before the login is worth nothing")
                .isEqualTo(302);
        HttpResponse<String> withNewId = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                        .header("Cookie", "JSESSIONID=" + after)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(withNewId.statusCode()).isEqualTo(200);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring("JSESSIONID=".length(), cookie.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    @Test
    void loginsAndFailuresAreLoggedWithoutThePassword(CapturedOutput output) throws Exception {
        String email = newUser(Role.STAFF);
        String wrong = "Wrong-Password-" + TestData.unique();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(wrong));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD));
        mvc.perform(formLogin("/login")
                .userParameter("email")
                .user("evil\r\nFAKE LOG LINE@example.org")
                .password(wrong));
        assertThat(output.getOut())
                .contains("Login failed for " + email + " from 127.0.0.1: BadCredentialsException")
                .contains("Login succeeded for " + email)
                .contains("Login failed for evil??FAKE LOG LINE@example.org")
                .doesNotContain(wrong)
                .doesNotContain(PASSWORD);
    }

    @Test
    void theUserMenuAndTheDashboardShowTheLastLogin() throws Exception {
        String email = newUser(Role.STAFF);
        MvcResult first = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andReturn();
        mvc.perform(get("/").session((MockHttpSession) first.getRequest().getSession()))
                .andExpect(content().string(containsString("First login")))
                .andExpect(content().string(not(containsString("last login"))));
        Instant firstLogin = account(email).getLastLoginAt();
        MvcResult second = mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(PASSWORD))
                .andReturn();
        String shown = new org.mekonginstitute.portal.shared.Dates().dateTime(firstLogin);
        mvc.perform(get("/").session((MockHttpSession) second.getRequest().getSession()))
                .andExpect(content().string(containsString("Last login " + shown)))
                .andExpect(content().string(containsString("· last login " + shown)))
                .andExpect(content().string(containsString("href=\"/account/password\"")));
    }

    private void wrongPassword(String email) throws Exception {
        mvc.perform(formLogin("/login").userParameter("email").user(email).password("not-the-password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    private String newUser(Role role) {
        String email = "login-" + TestData.unique().toLowerCase(Locale.ROOT) + "@test.mekonginstitute.org";
        userService.create(email, "Login Tester", role, PASSWORD);
        return email;
    }

    private UserAccount account(String email) {
        return userService.findByEmail(email).orElseThrow();
    }
}
