package org.mekonginstitute.portal.user.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.BrowserTestSupport;

class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void aStaffMemberIsSentToLoginAndThenGreetedOnTheDashboard() {
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/login"));
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Mekong Capacity Portal");

        page.getByLabel("Email").fill(STAFF);
        page.getByLabel("Password").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in"))
                .click();

        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Linh Nguyen");
        assertThat(page.getByRole(
                        AriaRole.LINK, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Administration")))
                .hasCount(0);
    }

    @Test
    void aWrongPasswordIsRefusedWithTheSameMessageAsAnUnknownEmail() {
        page.navigate(url("/login"));
        page.getByLabel("Email").fill(STAFF);
        page.getByLabel("Password").fill("wrong password");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Log in"))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Invalid email or password");
        assertThat(page.getByLabel("Email")).hasValue(STAFF);
    }
}
