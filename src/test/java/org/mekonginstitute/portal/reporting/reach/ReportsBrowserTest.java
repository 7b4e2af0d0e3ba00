package org.mekonginstitute.portal.reporting.reach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;

class ReportsBrowserTest extends BrowserTestSupport {

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    Clock clock;

    @Test
    void aManagerSeesTheChartsDrawnAndDownloadsAReportWithTheNumbersOfThePage() throws Exception {
        ReachFixture fixture = new ReachFixture(data, mvc, users);
        LocalDate today = LocalDate.now(clock);
        Project thisYear = data.project("B-" + TestData.unique(), today.minusYears(1), today.plusYears(1));
        Activity training = data.activity(thisYear, ActivityType.TRAINING, today, today);
        data.enrol(
                training,
                data.participant("Noy", Gender.FEMALE, "LA", OrganisationType.GOVERNMENT_AGENCY),
                EnrolmentRole.PARTICIPANT,
                AttendanceStatus.ATTENDED);
        data.enrol(
                training,
                data.participant("Thet", Gender.MALE, "MM", OrganisationType.ACADEMIC),
                EnrolmentRole.PARTICIPANT,
                AttendanceStatus.ATTENDED);

        logIn(MANAGER);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Welcome, ");
        Locator charts = page.locator("figure.chart[data-drawn=true] canvas");
        charts.nth(2).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        assertThat(charts).hasCount(3);
        for (int i = 0; i < 3; i++) {
            org.assertj.core.api.Assertions.assertThat(charts.nth(i).boundingBox().height)
                    .isGreaterThan(100);
        }
        page.getByText("Show the numbers").first().click();
        assertThat(page.locator("figure[aria-labelledby=months-title] tbody tr"))
                .hasCount(12);
        screenshot("dashboard");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Reports").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Reach reports");
        Locator project = page.getByLabel("Project");
        project.pressSequentially(fixture.project.getCode().substring(0, 6));
        page.locator("#project-options option[value='" + fixture.project.getCode() + "']")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        project.fill(fixture.project.getCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show report"))
                .click();
        assertThat(page.locator(".report-filter"))
                .hasText("Project " + fixture.project.getCode() + " – " + fixture.project.getTitle());
        assertThat(page.locator("table[data-table=by-organisation-type] tr.total"))
                .hasText(java.util.regex.Pattern.compile(
                        "All organisation types\\s+3\\s+1\\s+1\\s+0\\s+5\\s+60\\.0%\\s+7"));
        screenshot("reports");

        String html = page.content();
        Download csv = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Reach by organisation type and gender as CSV"))
                .click());
        org.assertj.core.api.Assertions.assertThat(csv.suggestedFilename())
                .isEqualTo("reach-by-organisation-type_" + fixture.project.getCode() + ".csv");
        org.assertj.core.api.Assertions.assertThat(ReportTables.fromCsv(Files.readAllBytes(csv.path())))
                .isEqualTo(ReportTables.fromPage(html, "by-organisation-type"));
        Download xlsx = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK, new Page.GetByRoleOptions().setName("Reach by year, country and gender as XLSX"))
                .click());
        org.assertj.core.api.Assertions.assertThat(ReportTables.fromXlsx(Files.readAllBytes(xlsx.path())))
                .isEqualTo(ReportTables.fromPage(html, "by-year-country-gender"));

        page.setViewportSize(390, 844);
        page.navigate(url("/"));
        page.locator("figure.chart[data-drawn=true]")
                .nth(2)
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
        screenshot("dashboard-phone");
        page.navigate(url("/reports?project=" + fixture.project.getCode()));
        screenshot("reports-phone");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        page.setViewportSize(1100, 1400);
        screenshot("reports-print");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    /** Full-page pictures in target/shots, to look at the pages as people see them. */
    private void screenshot(String name) {
        Path file = Paths.get("target", "shots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }
}
