package org.mekonginstitute.portal.user.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.PortalApplication;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestDatabase;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.mekonginstitute.portal.user.admin.UserAdministration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Two instances of the portal on one database, as behind a load balancer: a login made on one is valid on the
 * other, because Spring Session keeps sessions in the database. This is the production configuration (not the
 * test profile, whose shared context uses the container's sessions), so it also checks the SESSION cookie, what a
 * request writes to the session table, and the idle timeout.
 */
class SharedSessionTest {

    private static final String PASSWORD = TestUsers.PASSWORD;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() {
        first = start();
        second = start();
    }

    @AfterAll
    static void stopThem() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=" + TestDatabase.jdbcUrl(),
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=3",
                        "--portal.demo-data=false",
                        "--spring.main.banner-mode=off");
    }

    @Test
    void aLoginOnOneInstanceIsValidOnTheOtherUnderANewSessionId() throws Exception {
        String email = newUser(Role.STAFF);
        Page loginPage = get(first, "/login", null);
        String anonymous = loginPage.session();
        assertThat(anonymous).isNotNull();

        HttpResponse<String> login = post(
                first, "/login", anonymous, Map.of("email", email, "password", PASSWORD, "_csrf", loginPage.csrf()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").map(URI::create).map(URI::getPath))
                .hasValue("/");
        String loggedIn = sessionCookie(login);
        assertThat(loggedIn).as("session id changed at login").isNotNull().isNotEqualTo(anonymous);

        Page dashboard = get(second, "/", loggedIn);
        assertThat(dashboard.response().statusCode()).isEqualTo(200);
        assertThat(dashboard.response().body()).contains("Welcome, Shared Session Tester");

        assertThat(get(second, "/", anonymous).response().statusCode())
                .as("the id before login is worth nothing")
                .isEqualTo(302);

        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        Map<String, Object> stored = jdbc.queryForMap(
                "select max_inactive_interval, principal_name from spring_session where session_id = ?",
                idOf(loggedIn));
        assertThat(stored).containsEntry("max_inactive_interval", 1800).containsEntry("principal_name", email);
    }

    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureBehindAnHttpsProxy() throws Exception {
        HttpResponse<String> viaHttps = http.send(
                HttpRequest.newBuilder(URI.create(base(first) + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaHttps.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("SESSION=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security")).isPresent();

        HttpResponse<String> plain = http.send(
                HttpRequest.newBuilder(URI.create(base(first) + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("SESSION=")
                        .doesNotContain("Secure")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void whatIsCarriedAcrossARedirectTravelsBetweenInstances() throws Exception {
        String admin = newUser(Role.ADMIN);
        String session = logIn(first, admin);
        Page form = get(first, "/admin/users/new", session);
        String newEmail = "shared-new-" + TestData.unique().toLowerCase(Locale.ROOT) + "@test.mekonginstitute.org";
        HttpResponse<String> created = post(
                first,
                "/admin/users",
                session,
                Map.of(
                        "email",
                        newEmail,
                        "displayName",
                        "Created Across Instances",
                        "role",
                        "STAFF",
                        "_csrf",
                        form.csrf()));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();

        Page shown = get(second, URI.create(location).getPath(), session);
        assertThat(shown.response().statusCode()).isEqualTo(200);
        assertThat(shown.response().body())
                .contains("Account created for Created Across Instances")
                .contains("/password/set/");
    }

    @Test
    void disablingAUserEndsTheirSessionsOnEveryInstance() throws Exception {
        String email = newUser(Role.STAFF);
        String session = logIn(first, email);
        assertThat(get(second, "/", session).response().statusCode()).isEqualTo(200);

        UserAccount account =
                second.getBean(UserService.class).findByEmail(email).orElseThrow();
        second.getBean(UserAdministration.class).disable(account.getId());

        assertThat(get(first, "/", session).response().statusCode()).isEqualTo(302);
        assertThat(first.getBean(JdbcTemplate.class)
                        .queryForObject(
                                "select count(*) from spring_session where principal_name = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void aPageReadsTheSessionButWritesItsLastAccessOnlyWhenThatIsAMinuteOld() throws Exception {
        String session = logIn(first, newUser(Role.STAFF));
        assertThat(get(second, "/", session).response().statusCode()).isEqualTo(200);
        long stored = lastAccess(session);

        assertThat(get(first, "/projects", session).response().statusCode()).isEqualTo(200);
        assertThat(lastAccess(session))
                .as("a request within the minute writes nothing")
                .isEqualTo(stored);

        age(session, Duration.ofSeconds(61));
        long aged = lastAccess(session);
        assertThat(get(second, "/projects", session).response().statusCode()).isEqualTo(200);
        assertThat(lastAccess(session))
                .as("a minute later the last access is written")
                .isGreaterThan(aged + 60_000);
    }

    @Test
    void staticFilesNeverTouchTheSession() throws Exception {
        String session = logIn(first, newUser(Role.STAFF));
        Page dashboard = get(first, "/", session);
        Matcher stylesheet = Pattern.compile("/assets/css/portal-[0-9a-f]+\\.css")
                .matcher(dashboard.response().body());
        assertThat(stylesheet.find()).isTrue();
        age(session, Duration.ofMinutes(5));
        long stored = lastAccess(session);

        assertThat(get(second, stylesheet.group(), session).response().statusCode())
                .isEqualTo(200);
        assertThat(lastAccess(session)).isEqualTo(stored);
        assertThat(get(second, "/", session).response().statusCode()).isEqualTo(200);
        assertThat(lastAccess(session)).isGreaterThan(stored);
    }

    @Test
    void aSessionLeftIdleForThirtyMinutesHasEnded() throws Exception {
        String session = logIn(first, newUser(Role.STAFF));
        age(session, Duration.ofMinutes(29));
        assertThat(get(second, "/", session).response().statusCode())
                .as("29 idle minutes")
                .isEqualTo(200);
        age(session, Duration.ofMinutes(31));
        HttpResponse<String> afterIdle = get(first, "/", session).response();
        assertThat(afterIdle.statusCode()).isEqualTo(302);
        assertThat(afterIdle.headers().firstValue("Location").map(URI::create).map(URI::getPath))
                .hasValue("/login");
    }

    /** The last access stored for a session, in epoch milliseconds. */
    private long lastAccess(String cookie) {
        return first.getBean(JdbcTemplate.class)
                .queryForObject(
                        "select last_access_time from spring_session where session_id = ?", Long.class, idOf(cookie));
    }

    /** Makes the session look as if its last request was that long ago. */
    private void age(String cookie, Duration idle) {
        long at = System.currentTimeMillis() - idle.toMillis();
        first.getBean(JdbcTemplate.class)
                .update(
                        "update spring_session set last_access_time = ?,"
                                + " expiry_time = ? + max_inactive_interval * 1000 where session_id = ?",
                        at,
                        at,
                        idOf(cookie));
    }

    private String newUser(Role role) {
        String email = "shared-" + TestData.unique().toLowerCase(Locale.ROOT) + "@test.mekonginstitute.org";
        first.getBean(UserService.class).create(email, "Shared Session Tester", role, PASSWORD);
        return email;
    }

    private String logIn(ConfigurableApplicationContext instance, String email) throws Exception {
        Page loginPage = get(instance, "/login", null);
        HttpResponse<String> login = post(
                instance,
                "/login",
                loginPage.session(),
                Map.of("email", email, "password", PASSWORD, "_csrf", loginPage.csrf()));
        assertThat(login.headers().firstValue("Location").map(URI::create).map(URI::getPath))
                .hasValue("/");
        return sessionCookie(login);
    }

    private record Page(HttpResponse<String> response, String session) {
        String csrf() {
            Matcher matcher = CSRF.matcher(response.body());
            assertThat(matcher.find()).as("CSRF token on the page").isTrue();
            return matcher.group(1);
        }
    }

    private Page get(ConfigurableApplicationContext instance, String path, String session)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(instance) + path));
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String newSession = sessionCookie(response);
        return new Page(response, newSession != null ? newSession : session);
    }

    private HttpResponse<String> post(
            ConfigurableApplicationContext instance, String path, String session, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(base(instance) + path))
                        .header("Cookie", "SESSION=" + session)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("SESSION="))
                .map(cookie -> cookie.substring("SESSION=".length(), cookie.indexOf(';')))
                .filter(value -> !value.isEmpty())
                .findFirst()
                .orElse(null);
    }

    /** Spring Session writes the session id Base64-encoded into the cookie. */
    private static String idOf(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.US_ASCII);
    }

    private static String base(ConfigurableApplicationContext instance) {
        return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
    }
}
