package org.mekonginstitute.portal.document;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.JSHandle;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/** Staff upload a PDF and a photo to an activity, drop one more file on the page, and find the PDF by its text. */
class DocumentsBrowserTest extends BrowserTestSupport {

    private static final Path SCREENS = Path.of("target", "screens");

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffUploadAPdfAndAPhotoToAnActivityAndFindThePdfByAWordInIt() {
        String word = "Irrawaddy" + TestData.unique().toLowerCase();
        Activity activity = data.activity(data.project(), LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 15));
        byte[] pdf = TestFiles.pdf(
                "Report of the training on cross-border trade facilitation",
                "Participants visited the " + word + " checkpoint and met customs officers.");

        logIn(STAFF);
        page.navigate(url("/activities/" + activity.getId()));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Documents").setExact(true))
                .last()
                .click();
        page.getByLabel("Files").setInputFiles(new FilePayload[] {
            new FilePayload("training-report.pdf", "application/pdf", pdf),
            new FilePayload("field-visit.png", "image/png", TestFiles.png(1200, 800))
        });
        page.getByLabel("Category").selectOption("Report");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 documents uploaded");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("training-report").setExact(true)))
                .isVisible();
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("field-visit").setExact(true)))
                .isVisible();

        // A file dropped on the upload box goes into the file field, as if chosen there.
        JSHandle dropped = page.evaluateHandle("() => { const transfer = new DataTransfer();"
                + " transfer.items.add(new File(['Minutes of the closing session'], 'minutes.txt', {type: 'text/plain'}));"
                + " return transfer; }");
        page.dispatchEvent("[data-drop-zone]", "drop", Map.of("dataTransfer", dropped));
        assertThat(page.locator(".drop-list")).containsText("minutes.txt");
        page.getByLabel("Category").selectOption("Other");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Upload"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("1 document uploaded");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("minutes").setExact(true)))
                .isVisible();
        screenshot("documents-activity");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Search all documents"))
                .click();
        Locator result = page.getByRole(
                AriaRole.LINK,
                new Page.GetByRoleOptions().setName("training-report").setExact(true));
        for (int attempt = 0; attempt < 60 && result.count() == 0; attempt++) {
            page.getByLabel("Word or phrase").fill(word.toUpperCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search"))
                    .click();
            page.waitForTimeout(attempt == 0 ? 0 : 500);
        }
        assertThat(result).isVisible();
        assertThat(page.locator(".search-results mark").first()).hasText(word);
        screenshot("documents-search");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(activity.getTitle()))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(activity.getTitle());
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    @Test
    void theBudgetPagesOfTheOngoingProjectReadOnAPhone() {
        long project = jdbc.queryForObject("select id from project where code = 'MI-AIS-2024'", Long.class);
        long consultation = jdbc.queryForObject(
                "select id from activity where title = 'Regional consultation on the ACMECS project pipeline'",
                Long.class);
        logIn(STAFF);
        page.navigate(url("/projects/" + project + "/budget"));
        assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("By category")))
                .containsText("Travel");
        assertThat(page.locator("figure.burn-chart")).hasAttribute("data-drawn", "true");
        screenshot("budget-project");
        page.navigate(url("/activities/" + consultation + "/budget"));
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Thai Airways")))
                .containsText("USD 2,450.00");
        screenshot("budget-activity");
        page.navigate(url("/activities/" + consultation + "/documents"));
        screenshot("documents-photo");
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    /** The page as on a desktop and on a phone (390 px), for people to look at (target/screens). */
    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENS.resolve(name + "-desktop.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        byte[] phone = page.screenshot(new Page.ScreenshotOptions().setFullPage(true));
        page.setViewportSize(1280, 900);
        // In screens of 1,600 pixels, so that a long page can be looked at in parts.
        try {
            java.awt.image.BufferedImage whole = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(phone));
            for (int top = 0, part = 1; top < whole.getHeight(); top += 1600, part++) {
                javax.imageio.ImageIO.write(
                        whole.getSubimage(0, top, whole.getWidth(), Math.min(1600, whole.getHeight() - top)),
                        "png",
                        SCREENS.resolve(name + "-phone-" + part + ".png").toFile());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
