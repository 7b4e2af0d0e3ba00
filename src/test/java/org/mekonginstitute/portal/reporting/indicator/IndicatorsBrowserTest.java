package org.mekonginstitute.portal.reporting.indicator;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Paths;

/** Staff set up a project's indicators, report a value, and open the donor report, as a person would. */
class IndicatorsBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffAddIndicatorsRecordAValueAndOpenTheDonorReport() {
        long project = jdbc.queryForObject("select id from project where code = 'MI-TICA-LMM-2017'", Long.class);
        jdbc.update("delete from indicator where project_id = ?", project);
        logIn(STAFF);
        page.navigate(url("/projects/" + project));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Indicators"))
                .click();

        page.getByText("Add an indicator").click();
        page.getByLabel("Name", exact()).fill("Officials trained in labour migration management");
        page.getByLabel("Value comes from").selectOption("Computed: Participants trained");
        page.getByLabel("Target", exact()).fill("30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add indicator"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("added");

        page.getByText("Add an indicator").click();
        page.getByLabel("Name", exact()).fill("National policies informed by action plans");
        page.getByLabel("Unit", exact()).fill("policies");
        page.getByLabel("Baseline", exact()).fill("0");
        page.getByLabel("Target", exact()).fill("ten");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add indicator"))
                .click();
        assertThat(page.getByText("Enter a number")).isVisible();
        assertThat(page.getByLabel("Name", exact())).hasValue("National policies informed by action plans");
        page.getByLabel("Target", exact()).fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add indicator"))
                .click();

        Locator manual = page.locator("section.indicator", new Page.LocatorOptions().setHasText("National policies"));
        manual.getByText("Reported values (0)").click();
        manual.getByLabel("Date").fill("2020-11-23");
        manual.getByLabel("Value").fill("3");
        manual.getByLabel("Note (source of the figure)").fill("Synthesis and evaluation workshop");
        manual.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record value"))
                .click();
        manual = page.locator("section.indicator", new Page.LocatorOptions().setHasText("National policies"));
        assertThat(manual).containsText("50% of target");
        assertThat(manual.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("aria-valuenow", "50");
        Locator computed = page.locator("section.indicator", new Page.LocatorOptions().setHasText("Officials trained"));
        assertThat(computed).containsText("Computed: Participants trained");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/shots/indicators.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Donor report"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Participants reached")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.TABLE).filter(new Locator.FilterOptions().setHasText("National policies")))
                .containsText("3 policies");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/shots/donor-report.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/shots/donor-report-phone.png"))
                .setFullPage(true));
        page.goBack();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/shots/indicators-phone.png"))
                .setFullPage(true));
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }
}
