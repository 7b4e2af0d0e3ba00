package org.mekonginstitute.portal.project;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;

class ProjectBrowserTest extends BrowserTestSupport {

    @Test
    void anAdminRegistersADonorAndStaffCreateAProjectItFunds() {
        String tag = TestData.unique();
        String donor = "Japan International Cooperation Agency " + tag;

        logIn(ADMIN);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Donors & partners"))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register an organisation"))
                .click();
        page.getByLabel("Name").fill(donor);
        page.getByLabel("Acronym").fill("JICA");
        page.getByLabel("Type").selectOption("Donor agency");
        page.getByLabel("Country").selectOption("Japan");
        page.getByLabel("Website").fill("https://www.jica.go.jp");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(donor);
        context.clearCookies();

        logIn(STAFF);
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Projects").setExact(true))
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New project"))
                .click();
        page.getByLabel("Code").fill("MI-JICA-" + tag);
        page.getByLabel("Title").fill("Connectivity training for border officials");
        page.getByLabel("Department").selectOption("Trade and Investment Facilitation");
        page.getByLabel("Status").selectOption("Ongoing");
        page.getByLabel("Start date").fill("2025-03-01");
        page.getByLabel("End date").fill("2026-02-28");
        page.getByLabel("Cambodia").check();
        page.getByLabel("Lao PDR").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create project"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Connectivity training for border officials");

        page.getByText("Add a funding line", new Page.GetByTextOptions().setExact(true))
                .click();
        page.getByLabel("Donor").selectOption(donor + " (JICA)");
        page.getByLabel("Amount").fill("12,500,000");
        page.getByLabel("Currency").selectOption("JPY");
        page.getByLabel("Agreement reference").fill("JICA-2025-07");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add funding line"))
                .click();
        page.getByText("Add a funding line", new Page.GetByTextOptions().setExact(true))
                .click();
        page.getByLabel("Donor").selectOption(donor + " (JICA)");
        page.getByLabel("Amount").fill("2500000");
        page.getByLabel("Currency").selectOption("JPY");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add funding line"))
                .click();

        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Total JPY")))
                .containsText("JPY 15,000,000");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(donor + " (JICA)"))
                        .first())
                .isVisible();

        page.getByText("Add a component", new Page.GetByTextOptions().setExact(true))
                .click();
        assertThat(page.locator("#add-components").getByLabel("Number")).hasValue("1");
        page.locator("#add-components").getByLabel("Title").fill("Single-window procedures");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add component"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Component 1 added.");
        assertThat(page.getByRole(
                        AriaRole.HEADING, new Page.GetByRoleOptions().setName("Component 1: Single-window procedures")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }
}
