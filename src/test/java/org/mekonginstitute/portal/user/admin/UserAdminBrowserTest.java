package org.mekonginstitute.portal.user.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;

import java.util.Locale;

class UserAdminBrowserTest extends BrowserTestSupport {

    @Test
    void anAdministratorCreatesAUserWhoSetsAPasswordThroughTheLinkAndLogsIn() {
        String tag = TestData.unique();
        String name = "Mai Phuong " + tag;
        String email = "mai.phuong." + tag.toLowerCase(Locale.ROOT) + "@mekonginstitute.org";
        String password = "Lotus-Pond-Morning-" + tag;

        logIn(ADMIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("User accounts"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user"))
                .click();
        page.getByLabel("Email").fill(email);
        page.getByLabel("Display name").fill(name);
        page.getByLabel("Department").selectOption("Trade and Investment Facilitation");
        page.getByLabel("Role").selectOption("Program staff");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(name);
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Account created for " + name);
        String link = page.getByLabel("Set-password link").inputValue();
        org.assertj.core.api.Assertions.assertThat(link).startsWith(url("/password/set/"));

        BrowserContext newcomerBrowser =
                context.browser().newContext(new Browser.NewContextOptions().setLocale("en-GB"));
        try {
            Page newcomer = newcomerBrowser.newPage();
            newcomer.onPageError(consoleErrors::add);
            newcomer.navigate(link);
            assertThat(newcomer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Choose your password");
            assertThat(newcomer.getByText(email)).isVisible();
            newcomer.getByLabel("New password").fill(password);
            newcomer.getByLabel("Repeat the password").fill(password);
            newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password"))
                    .click();

            assertThat(newcomer.getByRole(AriaRole.STATUS))
                    .hasText("Your password is set. Log in with your email and the new password.");
            newcomer.getByLabel("Email").fill(email);
            newcomer.getByLabel("Password").fill(password);
            newcomer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"))
                    .click();
            assertThat(newcomer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Welcome, " + name);

            newcomer.navigate(link);
            assertThat(newcomer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("This link has already been used");
        } finally {
            newcomerBrowser.close();
        }

        page.reload();
        assertThat(page.getByLabel("Set-password link")).hasCount(0);
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }
}
