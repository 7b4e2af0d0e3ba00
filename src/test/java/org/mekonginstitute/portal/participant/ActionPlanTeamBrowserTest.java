package org.mekonginstitute.portal.participant;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

/** Staff choose an action plan's team on a webinar too large to list, by searching its people by name. */
class ActionPlanTeamBrowserTest extends BrowserTestSupport {

    @Autowired
    TestData data;

    @Test
    void staffFindEachMemberByNameAndTheTeamKeepsThemAll() {
        Activity webinar = data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        String family = "Crowd" + TestData.unique();
        List<Participant> people = data.crowd(webinar, EnrolmentRows.LISTED_IN_FULL + 1, "Viewer", family);
        Participant first = people.get(12);
        Participant second = people.get(EnrolmentRows.LISTED_IN_FULL);

        logIn(STAFF);
        page.navigate(url("/activities/" + webinar.getId() + "/action-plans"));
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Provincial webinars");
        Locator search = page.getByLabel("Find a participant by name");
        search.fill(family + " 012");
        page.getByLabel(first.fullName() + " (Viet Nam)").check();
        search.fill(family + " " + EnrolmentRows.LISTED_IN_FULL);
        page.getByLabel(second.fullName() + " (Viet Nam)").check();
        search.fill(family + " 012");
        assertThat(page.locator("#team-found input:not(:checked)")).hasCount(1);

        assertThat(page.locator("#team-chosen input:checked")).hasCount(2);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action plan"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Action plan “Provincial webinars” added.");
        assertThat(page.getByText(first.fullName())).isVisible();
        assertThat(page.getByText(second.fullName())).isVisible();
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }
}
