package org.mekonginstitute.portal.user.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every page carries the browser protections; behind an https proxy, HSTS and secure cookies follow. */
@PortalTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @LocalServerPort
    int port;

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScriptsAndTheOtherProtections() throws Exception {
        for (var request : java.util.List.of(
                get("/login"),
                get("/").with(users.staff()),
                get("/admin/users").with(users.admin()),
                get("/password/set/unknown"))) {
            mvc.perform(request)
                    .andExpect(header().string(
                                    "Content-Security-Policy",
                                    allOf(
                                            containsString("default-src 'self'"),
                                            containsString("script-src 'self';"),
                                            containsString("frame-ancestors 'none'"),
                                            containsString("form-action 'self'"),
                                            containsString("base-uri 'self'"),
                                            containsString("object-src 'none'"),
                                            containsString("img-src 'self' data:"),
                                            not(containsString("script-src 'self' 'unsafe-inline'")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().string(
                                    "Permissions-Policy",
                                    allOf(
                                            containsString("camera=()"),
                                            containsString("microphone=()"),
                                            containsString("geolocation=()"))));
        }
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(10);
        Pattern script = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher scripts = script.matcher(html);
            while (scripts.find()) {
                assertThat(scripts.group(1))
                        .as("script in " + template.getFilename())
                        .containsPattern("(th:)?src=");
            }
            assertThat(handler.matcher(html).find())
                    .as("event handler attribute in " + template.getFilename())
                    .isFalse();
        }
    }

    @Test
    void behindAnHttpsProxyResponsesGetHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> viaHttps = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viaHttps.statusCode()).isEqualTo(200);
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(viaHttps.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("Secure")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));

        HttpResponse<String> plain = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().firstValue("Set-Cookie"))
                .hasValueSatisfying(cookie -> assertThat(cookie)
                        .doesNotContain("Secure")
                        .contains("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }
}
