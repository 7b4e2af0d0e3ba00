package org.mekonginstitute.portal.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

class CalendarBrowserTest extends BrowserTestSupport {

    @Autowired
    TestData data;

    @Autowired
    Clock clock;

    @Autowired
    UserService users;

    @Test
    void aStaffMemberSubmitsAnActivityAManagerApprovesItFromTheQueueAndItIsInTheMonthOnItsDay() {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today.plusDays(45);
        Project project = data.project("CALB-" + TestData.unique(), today.minusYears(1), today.plusYears(2));
        String title = "Regional training on cross-border e-commerce " + TestData.unique();

        logIn(STAFF);
        page.navigate(url("/projects/" + project.getId()));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Activities").setExact(true))
                .last()
                .click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New activity"))
                .click();
        page.getByLabel("Title").fill(title);
        page.getByLabel("Type").selectOption("Training");
        page.getByLabel("Start date").fill(day.toString());
        page.getByLabel("End date").fill(day.plusDays(2).toString());
        page.getByLabel("City").fill("Khon Kaen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save as draft"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review"))
                .click();
        assertThat(page.getByText(title + "” is now submitted.")).isVisible();
        context.clearCookies();

        logIn(MANAGER);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Review"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review queue")))
                .isVisible();
        // Other tests leave many activities waiting: narrow the queue to the project, as a busy manager would,
        // picking it from the suggestions that appear as one types part of its code.
        page.getByLabel("Project")
                .pressSequentially(
                        project.getCode().substring(0, project.getCode().length() - 2));
        assertThat(page.locator("#project-options option[value='" + project.getCode() + "']"))
                .hasCount(1);
        page.getByLabel("Project").fill(project.getCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show"))
                .click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve " + title))
                .click();
        assertThat(page.getByText(title + "” is now approved.")).isVisible();

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Calendar").setExact(true))
                .click();
        page.getByLabel("Project").fill(project.getCode());
        page.getByLabel("Project").press("Enter");
        long months = ChronoUnit.MONTHS.between(YearMonth.from(today), YearMonth.from(day));
        for (int i = 0; i < months; i++) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next month"))
                    .click();
        }
        Locator cell = page.locator("[role=gridcell][data-date='" + day + "']");
        assertThat(cell).containsText(title);
        assertThat(page.locator("[role=gridcell][data-date='" + day.minusDays(1) + "']"))
                .not()
                .containsText(title);
        org.assertj.core.api.Assertions.assertThat(page.url()).contains("project=" + project.getCode());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))
                .first()
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(title);
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    @Test
    void anActivityWithOnlyAPlannedWindowIsListedAboveTheGridAndOnNoDay() {
        Project project =
                data.project("CALP-" + TestData.unique(), LocalDate.of(2033, 1, 1), LocalDate.of(2034, 12, 31));
        Activity planned = data.step(
                data.plannedActivity(project, YearMonth.of(2033, 3), YearMonth.of(2033, 4)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);

        logIn(STAFF);
        page.navigate(url("/calendar?date=2033-03-01&project=" + project.getCode()));
        Locator plannedList =
                page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(Pattern.compile("^Planned in")));
        assertThat(plannedList).hasAccessibleName("Planned in March 2033, dates not fixed yet (1)");
        assertThat(plannedList).containsText(planned.getTitle());
        assertThat(plannedList).containsText("Mar 2033 – Apr 2033");
        assertThat(page.getByRole(AriaRole.GRIDCELL).filter(new Locator.FilterOptions().setHasText(planned.getTitle())))
                .hasCount(0);

        page.getByLabel("Type").selectOption("Webinar");
        assertThat(plannedList).isHidden();
        org.assertj.core.api.Assertions.assertThat(page.url())
                .contains("type=WEBINAR")
                .contains("project=" + project.getCode());
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    /** A staff member who reads the portal in Thai (chosen in the language menu, kept with the account). */
    @Test
    void inThaiTheCalendarWritesItsMonthsInThaiWithYearsOfTheBuddhistEra() {
        String email = "calendar-thai-" + TestData.unique().toLowerCase() + "@example.org";
        users.chooseLanguage(
                users.create(email, "Somsri Calendar", Role.STAFF, DEMO_PASSWORD)
                        .getId(),
                Language.THAI);
        logIn(email);
        page.navigate(url("/calendar?view=month&date=2026-05-01"));
        assertThat(page.locator(".fc-toolbar-title")).hasText("พฤษภาคม 2569");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("เดือนถัดไป")))
                .isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("สัปดาห์"))
                .click();
        assertThat(page.locator(".fc-toolbar-title")).containsText("2569");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("วันนี้")))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }
}
