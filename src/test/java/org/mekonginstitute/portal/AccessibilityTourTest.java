package org.mekonginstitute.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * The portal's pages as each role reaches them from the menu, on the demo data, and the pages anyone reaches
 * without logging in, on a phone: axe-core checks each (see {@link BrowserTestSupport}), and each shows its heading.
 */
class AccessibilityTourTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffPagesHaveNoSeriousAccessibilityViolation() {
        long project = id("select id from project where code = 'MI-AIS-2024'");
        long activity = id("select min(activity_id) from document where activity_id is not null");
        long evaluated = id("select min(activity_id) from questionnaire where activity_id is not null");
        long registration = id("select min(activity_id) from registration");
        long participant = id("select min(id) from participant where anonymised_at is null");
        long organisation = id("select min(id) from organisation");
        logIn(STAFF);
        visit(
                "/",
                "/projects",
                "/projects/" + project,
                "/projects/" + project + "/activities",
                "/projects/" + project + "/indicators",
                "/projects/" + project + "/budget",
                "/projects/" + project + "/documents",
                "/activities",
                "/activities/" + activity,
                "/activities/" + activity + "/participants",
                "/activities/" + activity + "/attendance",
                "/activities/" + activity + "/action-plans",
                "/activities/" + activity + "/budget",
                "/activities/" + activity + "/documents",
                "/activities/" + evaluated + "/evaluation",
                "/activities/" + evaluated + "/results",
                "/activities/" + evaluated + "/certificates",
                "/activities/" + registration + "/registration",
                "/activities/" + registration + "/applications",
                "/calendar",
                "/participants",
                "/participants/" + participant,
                "/organisations",
                "/organisations/" + organisation,
                "/documents/search?q=ACMECS",
                "/exchange-rates",
                "/notices",
                "/account/tokens",
                "/account/password");
    }

    @Test
    void managerAndAdministratorPagesHaveNoSeriousAccessibilityViolation() {
        long project = id("select id from project where code = 'MI-AIS-2024'");
        logIn(MANAGER);
        visit("/", "/review", "/reports", "/projects/" + project + "/donor-report");
        page.context().clearCookies();
        logIn(ADMIN);
        visit("/admin", "/admin/users", "/admin/departments", "/admin/audit", "/admin/tokens", "/admin/notices");
    }

    @Test
    void pagesOpenToAnyoneHaveNoSeriousAccessibilityViolationOnAPhone() {
        String certificate = jdbc.queryForObject("select min(code) from certificate", String.class);
        Page phone = phone();
        for (String path : List.of("/login", "/certificates/verify/" + certificate, "/apply/unknown-link")) {
            phone.navigate(url(path));
            assertThat(phone.locator("h1").first()).isVisible();
            assertThat(phone.locator("html"))
                    .hasAttribute("lang", browserLocale().substring(0, 2));
            awaitAccessibilityCheck(phone);
        }
    }

    private void visit(String... paths) {
        for (String path : paths) {
            page.navigate(url(path));
            assertThat(page.locator("h1").first()).isVisible();
            assertThat(page.locator("html"))
                    .hasAttribute("lang", browserLocale().substring(0, 2));
            org.assertj.core.api.Assertions.assertThat(page.content())
                    .as("a message missing from the bundles on " + path)
                    .doesNotContain("??");
            awaitAccessibilityCheck(page);
        }
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
