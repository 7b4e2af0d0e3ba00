package org.mekonginstitute.portal.participant.csv;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

class ParticipantImportBrowserTest extends BrowserTestSupport {

    private static final String[][] PEOPLE = {
        {"Ms", "ดวงดาว", "ศรีสมบัติ", "FEMALE", "TH"}, {"Mr", "ບຸນມີ", "ແສງທອງ", "MALE", "LA"},
        {"Ms", "សុភា", "ម៉ៅ", "FEMALE", "KH"}, {"Mr", "အောင်", "ကျော်", "MALE", "MM"},
        {"Ms", "李", "娜", "FEMALE", "CN"}, {"Mr", "Đặng Văn", "Khoa", "MALE", "VN"}
    };

    @Autowired
    TestData data;

    @Autowired
    DataSource dataSource;

    @Test
    void aStaffMemberImportsThirtyParticipantsIntoAnActivityMarksAttendanceAndSeesItOnAParticipantsPage()
            throws IOException {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 8));
        String tag = TestData.unique();
        Path file = thirtyParticipants(tag);
        String thai = "Ms ดวงดาว ศรีสมบัติ" + tag + "0";

        logIn(STAFF);
        page.navigate(url("/activities/" + activity.getId()));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Participants").setExact(true))
                .last()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import CSV"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING,
                        new Page.GetByRoleOptions().setName("Import participants into this activity")))
                .isVisible();
        page.getByLabel("CSV file").setInputFiles(file);
        page.getByLabel("With the status").selectOption("Confirmed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check"))
                .click();

        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check the import of thirty.csv")))
                .isVisible();
        assertThat(page.locator(".import-summary")).containsText("30");
        assertThat(page.getByText("Into this activity as participant, confirmed."))
                .isVisible();
        assertThat(page.locator(".import-preview tbody tr")).hasCount(30);
        assertThat(page.locator(".alert-danger")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS).first())
                .containsText("Imported 30 participants: 30 new, 0 already registered. 30 enrolled");
        assertThat(page.locator("#bulk-form tbody tr")).hasCount(30);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Attendance"))
                .click();
        page.getByLabel("Status of " + thai).selectOption("Attended");
        page.getByLabel("Days attended of " + thai).fill("3");
        page.getByLabel("Pre-test score of " + thai).fill("40");
        page.getByLabel("Post-test score of " + thai).fill("85.5");
        page.getByLabel("Satisfaction of " + thai).fill("5");
        page.getByLabel("Certificate issued to " + thai).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save attendance"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Attendance saved for 30 people.");

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Participants").setExact(true))
                .last()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(thai)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(thai);
        Locator history = page.locator("#history");
        assertThat(history.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(activity.getTitle())))
                .containsText("Attended");
        assertThat(history).containsText(activity.getProject().getCode());
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    @Test
    void anImportShowsItsProgressAndEndsOnTheActivitysParticipantsWithItsOutcome() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 5));
        String tag = TestData.unique();
        Path file = thirtyParticipants(tag);

        logIn(STAFF);
        page.navigate(url("/participants/import?activity=" + activity.getId()));
        page.getByLabel("CSV file").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check"))
                .click();
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check the import of thirty.csv")))
                .isVisible();

        // Someone else holds the activity for a while: the enrolments wait, and the progress shows how far it came.
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement("select id from activity where id = ? for update")) {
                hold.setLong(1, activity.getId());
                hold.executeQuery();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Importing thirty.csv")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.PROGRESSBAR)).isVisible();
            assertThat(page.getByText("Importing 15 of 30")).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "shots", "import-progress.png"))
                    .setFullPage(true));
            page.reload();
            assertThat(page.getByText("Importing 15 of 30")).isVisible();
            page.setViewportSize(390, 844);
            assertThat(page.getByRole(AriaRole.PROGRESSBAR)).isVisible();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "shots", "import-progress-phone.png"))
                    .setFullPage(true));
            other.commit();
        }

        page.waitForURL(u -> u.endsWith("/activities/" + activity.getId() + "/participants"));
        assertThat(page.getByRole(AriaRole.STATUS).first())
                .containsText("Imported 30 participants: 30 new, 0 already registered. 30 enrolled");
        assertThat(page.locator("#bulk-form tbody tr")).hasCount(30);
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    @Test
    void aFileOverTheUploadLimitComesBackToTheFormWithAMessage() throws IOException {
        Path big = Files.createTempFile("too-large", ".csv");
        Files.write(big, new byte[7 * 1024 * 1024]);
        logIn(STAFF);
        page.navigate(url("/participants/import"));
        page.getByLabel("CSV file").setInputFiles(big);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload and check"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("The file is too large: uploads over 6 MB are refused.");
        org.assertj.core.api.Assertions.assertThat(page.url()).endsWith("/participants/import");
        Files.delete(big);
    }

    /** Thirty people in the six countries' scripts, five of each, with unique names. */
    private static Path thirtyParticipants(String tag) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(
                "title,given_name,family_name,gender,country,organisation,organisation_type,position,seniority,email,phone,consent_to_contact");
        for (int i = 0; i < 30; i++) {
            String[] p = PEOPLE[i % PEOPLE.length];
            lines.add(String.join(
                    ",",
                    p[0],
                    p[1],
                    p[2] + tag + (i / PEOPLE.length),
                    p[3],
                    p[4],
                    "\"Ministry of Labour, " + p[4] + "\"",
                    "GOVERNMENT_AGENCY",
                    "Officer",
                    "MIDDLE",
                    "p" + i + "." + tag.toLowerCase() + "@import.example.org",
                    "",
                    "yes"));
        }
        Path file = Files.createTempDirectory("import").resolve("thirty.csv");
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }
}
