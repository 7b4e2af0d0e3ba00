package org.mekonginstitute.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.PortalApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PostgreSQL restarting under load, with the portal as deployed (sessions in the database, the management port):
 * users get the "try again" page while it is away, never a server error; readiness says so, liveness does not; every
 * change acknowledged to a user is there afterwards; and the portal serves again by itself, with the same logins,
 * once the database answers.
 */
class DatabaseRestartTest {

    private static final String ADMIN = "outage-admin@test.mekonginstitute.org";
    private static final String PASSWORD = "Restart-Proof-Password-2026";
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static Path dataDir;
    private static int databasePort;
    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext portal;

    @BeforeAll
    static void startPortalOnItsOwnDatabase() throws IOException {
        dataDir = Files.createTempDirectory("portal-restart-pg");
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        postgres = startDatabase();
        portal = new SpringApplicationBuilder(PortalApplication.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://localhost:" + databasePort + "/postgres",
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=",
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--spring.datasource.hikari.connection-timeout=2000",
                        "--portal.demo-data=false",
                        "--portal.admin.email=" + ADMIN,
                        "--portal.admin.password=" + PASSWORD,
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopThem() throws IOException {
        if (portal != null) {
            portal.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aDatabaseRestartUnderLoadLosesNoAcknowledgedChangeAndThePortalRecoversByItself() throws Exception {
        Browserless admin = new Browserless(port("local.server.port"));
        admin.logIn(ADMIN, PASSWORD);
        String token = Browserless.csrf(admin.get("/admin/departments").body());
        Browserless probes = new Browserless(port("local.management.port"));

        Load load = new Load(admin, token);
        load.start(3);
        Thread.sleep(1_500);

        postgres.close();
        waitFor(() -> probes.get("/actuator/health/readiness").statusCode() == 503);
        assertThat(probes.get("/actuator/health/liveness").statusCode())
                .as("a database outage is no reason to restart the portal")
                .isEqualTo(200);
        Thread.sleep(2_000);

        postgres = startDatabase();
        long back = System.nanoTime();
        waitFor(() -> admin.get("/admin/departments").statusCode() == 200);
        System.out.printf(
                "The portal served again %d ms after PostgreSQL was back%n", (System.nanoTime() - back) / 1_000_000);
        Thread.sleep(1_500);
        List<Answer> answers = load.stop();

        assertThat(answers)
                .extracting(Answer::status)
                .containsOnly(200, 302, 503)
                .contains(503, 302);
        assertThat(answers)
                .filteredOn(answer -> answer.status() == 503)
                .allSatisfy(answer -> assertThat(answer.body())
                        .contains("The portal is briefly unavailable")
                        .contains("may not have been saved"));
        Set<String> stored = Set.copyOf(portal.getBean(JdbcTemplate.class)
                .queryForList("select name from department where name like 'Outage test %'", String.class));
        assertThat(answers)
                .filteredOn(answer -> answer.status() == 302)
                .extracting(Answer::department)
                .as("every change acknowledged to the user was kept")
                .isNotEmpty()
                .allSatisfy(name -> assertThat(stored).contains(name));
        assertThat(probes.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(admin.get("/").body()).as("still logged in").contains("Log out");
    }

    /** Readers and writers on the department list until stopped; every answer is kept. */
    private static final class Load {
        private final Browserless user;
        private final String token;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger sequence = new AtomicInteger();
        private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        private final List<Future<?>> workers = new ArrayList<>();
        private ExecutorService pool;

        Load(Browserless user, String token) {
            this.user = user;
            this.token = token;
        }

        void start(int threads) {
            pool = Executors.newFixedThreadPool(threads);
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    while (running.get()) {
                        step();
                    }
                    return null;
                }));
            }
        }

        private void step() throws Exception {
            HttpResponse<String> read = user.get("/admin/departments");
            answers.add(new Answer(null, read.statusCode(), read.body()));
            int n = sequence.incrementAndGet();
            String name = "Outage test " + n;
            HttpResponse<String> write =
                    user.post("/admin/departments", Map.of("name", name, "acronym", acronym(n), "_csrf", token));
            answers.add(new Answer(name, write.statusCode(), write.body()));
        }

        List<Answer> stop() throws Exception {
            running.set(false);
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
            return List.copyOf(answers);
        }

        /** Letters only, unique per write: Q + the number in base 26. */
        private static String acronym(int n) {
            StringBuilder letters = new StringBuilder();
            for (int rest = n; rest > 0; rest /= 26) {
                letters.append((char) ('A' + rest % 26));
            }
            return "Q" + letters;
        }
    }

    private record Answer(String department, int status, String body) {}

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("within %s", BOUND).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static EmbeddedPostgres startDatabase() throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(databasePort)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    private static int port(String property) {
        return Integer.parseInt(portal.getEnvironment().getProperty(property));
    }
}
