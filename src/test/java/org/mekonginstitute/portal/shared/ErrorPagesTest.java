package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mekonginstitute.portal.support.FailingController;
import org.mekonginstitute.portal.support.PortalTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Error pages through the real server, as a browser gets them: in the layout, never a stack trace. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

    @Test
    void aMissingPageShowsTheNotFoundPageInTheLayout() throws Exception {
        logIn();
        HttpResponse<String> response = get("/no-such-page");
        assertThat(response.statusCode()).isEqualTo(HttpStatus.NOT_FOUND.value());
        assertThat(response.body()).contains("We could not find that page", "Mekong Capacity Portal", "Linh Nguyen");
    }

    @Test
    void aServerErrorShowsAReferenceThatIsAlsoLoggedWithTheStackTrace(CapturedOutput output) throws Exception {
        logIn();
        HttpResponse<String> response = get("/test-support/fail");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("Something went wrong", "Mekong Capacity Portal")
                .doesNotContain(FailingController.SECRET, "IllegalStateException", "at org.");
        Matcher reference = Pattern.compile("<code class=\"reference\">([0-9A-F]{8})</code>")
                .matcher(response.body());
        assertThat(reference.find()).as("reference id on the page").isTrue();
        assertThat(output.getAll())
                .contains("reference " + reference.group(1))
                .contains("java.lang.IllegalStateException: " + FailingController.SECRET);
    }

    private void logIn() throws Exception {
        HttpResponse<String> login = get("/login");
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(csrf.find()).isTrue();
        String form = "email=staff%40demo.mekonginstitute.org&password=Mekong-Demo-2026&_csrf=" + csrf.group(1);
        http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
