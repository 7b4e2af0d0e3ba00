package org.mekonginstitute.portal.api;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;

import java.nio.file.Path;

/**
 * A member of staff creates an API token on their account, copies it into another system, which then reads the
 * portal; they revoke it and it opens nothing more. The API reference opens from the same page.
 */
class ApiTokensBrowserTest extends BrowserTestSupport {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void staffCreateATokenThatOpensTheApiUntilTheyRevokeIt() {
        String name = "Registration system " + TestData.unique();
        logIn(STAFF);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Linh Nguyen"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("API tokens");
        page.getByLabel("Name").fill(name);
        page.getByLabel("Read and write: also plan activities, enrol participants, record attendance")
                .check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token “" + name + "” created");
        String token = page.getByLabel("The token — copy it into the other system now:")
                .inputValue();
        org.assertj.core.api.Assertions.assertThat(token).startsWith("mip_");
        page.setViewportSize(390, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("api-tokens-390.png"))
                .setFullPage(true));

        APIResponse read = context.request()
                .get(
                        url("/api/v1/activities?limit=1"),
                        RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        org.assertj.core.api.Assertions.assertThat(read.status()).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(read.text()).contains("\"items\"");

        page.reload();
        assertThat(page.getByLabel("The token — copy it into the other system now:"))
                .hasCount(0);
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke " + name))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Token “" + name + "” revoked");
        APIResponse refused = context.request()
                .get(
                        url("/api/v1/activities?limit=1"),
                        RequestOptions.create().setHeader("Authorization", "Bearer " + token));
        org.assertj.core.api.Assertions.assertThat(refused.status()).isEqualTo(401);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API reference"))
                .click();
        // The reference is drawn by script from the OpenAPI document: give it time on a busy machine.
        assertThat(page.getByText("Mekong Capacity Portal API").first())
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        assertThat(page.getByText("/api/v1/activities").first()).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("api-docs-390.png")));
        page.setViewportSize(1280, 900);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("api-docs.png")));
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    @Test
    void anAdministratorSeesEveryonesTokensAndRevokesOne() {
        logIn(ADMIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("API tokens");
        assertThat(page.getByText("Institute website: activity calendar")).isVisible();
        page.setViewportSize(390, 900);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SHOTS.resolve("admin-tokens-390.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 900);
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName("Revoke Institute website: activity calendar of Linh Nguyen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("revoked");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revoked"))
                .click();
        assertThat(page.getByText("Institute website: activity calendar")).isVisible();
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }
}
