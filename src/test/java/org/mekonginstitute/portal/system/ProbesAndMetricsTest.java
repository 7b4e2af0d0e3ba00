package org.mekonginstitute.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.LoggerContext;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Health, probes and metrics: on the management port, without a login, and never on the public port; and the probes
 * that the Kubernetes manifests and the compose file declare ask exactly what the portal answers there.
 */
@PortalTest
class ProbesAndMetricsTest {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int publicPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void livenessAndReadinessAnswerOnTheManagementPortWithoutALogin() throws Exception {
        assertThat(managementPort).isNotEqualTo(publicPort);
        HttpResponse<String> liveness = management("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"").contains("livenessState");
        assertThat(liveness.body()).as("liveness never depends on the database").doesNotContain("\"db\"");

        HttpResponse<String> readiness = management("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\":{\"status\":\"UP\"}").contains("readinessState");
        assertThat(readiness.headers().allValues("Set-Cookie"))
                .as("no session for probes")
                .isEmpty();
    }

    @Test
    void prometheusReadsRequestTimingsPerRouteThePoolAndTheJvm() throws Exception {
        mvc.perform(get("/projects").with(users.staff())).andExpect(status().isOk());
        send(URI.create("http://localhost:" + publicPort + "/login"));

        HttpResponse<String> scrape = management("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(scrape.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/login\"[^}]*} [1-9]")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/login\"[^}]*le=\"0.25\"")
                .contains("hikaricp_connections_active{")
                .contains("hikaricp_connections_max{")
                .contains("jvm_memory_used_bytes{")
                .contains("jvm_threads_live_threads{")
                .contains("portal_sql_statements_total{")
                .contains("application=\"mekong-capacity-portal\"");
    }

    @Test
    void logEventsAreCountedByLevelWithoutAFilterOnEveryCheckOfALevel() throws Exception {
        SimpleMeterRegistry counted = new SimpleMeterRegistry();
        LogEventCounter counter = new LogEventCounter();
        counter.bindTo(counted);
        try {
            Logger log = LoggerFactory.getLogger("org.mekonginstitute.portal.metrics");
            log.warn("A warning the metrics count");
            log.debug("Not written: the portal logs at INFO");

            assertThat(counted.get("logback.events")
                            .tag("level", "warn")
                            .counter()
                            .count())
                    .isGreaterThanOrEqualTo(1);
            assertThat(counted.get("logback.events")
                            .tag("level", "debug")
                            .counter()
                            .count())
                    .isZero();
        } finally {
            counter.destroy();
        }
        assertThat(management("/actuator/prometheus").body())
                .containsPattern("logback_events_total\\{[^}]*level=\"warn\"");
        assertThat(((LoggerContext) LoggerFactory.getILoggerFactory()).getTurboFilterList())
                .as("no logback filter is asked at every check of a log level")
                .isEmpty();
    }

    @Test
    void thePublicPortServesNoManagementEndpoint() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus")) {
            HttpResponse<String> response = send(URI.create("http://localhost:" + publicPort + path));
            assertThat(response.statusCode()).as(path).isIn(302, 404);
            assertThat(response.body()).as(path).doesNotContain("hikaricp").doesNotContain("\"status\":\"UP\"");
        }
        mvc.perform(get("/actuator/prometheus").with(users.admin())).andExpect(status().isNotFound());
    }

    @Test
    void onlyHealthAndMetricsAreOnTheManagementPort() throws Exception {
        for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/projects", "/")) {
            assertThat(management(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theKubernetesProbesAskWhatThePortalAnswersOnItsManagementPort() throws Exception {
        Map<String, Object> container = portalContainer();
        Map<String, Integer> ports = new java.util.HashMap<>();
        for (Map<String, Object> port : list(container.get("ports"))) {
            ports.put((String) port.get("name"), (Integer) port.get("containerPort"));
        }
        assertThat(ports).containsEntry("http", 8080).containsEntry("management", 8081);
        assertThat(env(container)).containsEntry("PORTAL_MANAGEMENT_PORT", "8081");

        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
            assertThat(httpGet.get("port")).as(probe).isEqualTo("management");
            String path = (String) httpGet.get("path");
            assertThat(management(path).statusCode()).as(probe + " " + path).isEqualTo(200);
        }
        assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path"))
                .isEqualTo("/actuator/health/liveness");
        assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path"))
                .isEqualTo("/actuator/health/readiness");
    }

    @Test
    void theComposeHealthCheckAsksTheReadinessOfTheManagementPort() throws Exception {
        String compose = Files.readString(Path.of("docker-compose.yml"));
        Matcher check = Pattern.compile("http://localhost:(\\d+)(/actuator/health/\\w+)")
                .matcher(compose);
        assertThat(check.find()).as("the app service has an HTTP health check").isTrue();
        assertThat(compose).contains("PORTAL_MANAGEMENT_PORT: " + check.group(1));
        assertThat(management(check.group(2)).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> management(String path) throws IOException, InterruptedException {
        return send(URI.create("http://localhost:" + managementPort + path));
    }

    private HttpResponse<String> send(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The portal's container in k8s/portal.yml's Deployment. */
    private static Map<String, Object> portalContainer() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(Path.of("k8s/portal.yml")))) {
            documents.add(map(document));
        }
        Map<String, Object> deployment = documents.stream()
                .filter(document -> "Deployment".equals(document.get("kind")))
                .findFirst()
                .orElseThrow();
        assertThat(map(deployment.get("spec")).get("replicas")).isEqualTo(2);
        Map<String, Object> pod =
                map(map(map(deployment.get("spec")).get("template")).get("spec"));
        return list(pod.get("containers")).get(0);
    }

    private static Map<String, String> env(Map<String, Object> container) {
        Map<String, String> values = new java.util.HashMap<>();
        for (Map<String, Object> variable : list(container.get("env"))) {
            if (variable.get("value") != null) {
                values.put((String) variable.get("name"), String.valueOf(variable.get("value")));
            }
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object yaml) {
        return (List<Map<String, Object>>) yaml;
    }
}
