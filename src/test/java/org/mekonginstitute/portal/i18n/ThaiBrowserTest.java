package org.mekonginstitute.portal.i18n;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The main flow in a browser that asks for Thai: a staff member plans an activity (a mistake is told in Thai beside
 * its field), submits it; a manager approves it from the queue; both read dates with the Buddhist Era year; the
 * language menu switches to English and back, and the choice stays with the account. axe-core checks every page.
 */
class ThaiBrowserTest extends BrowserTestSupport {

    private static final Locale THAI = Locale.forLanguageTag("th");

    @Autowired
    TestData data;

    @Autowired
    Clock clock;

    @Autowired
    UserService users;

    @Override
    protected String browserLocale() {
        return "th-TH";
    }

    @Test
    void staffPlanAndSubmitAnActivityAndAManagerApprovesItAllInThai() {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = today.plusDays(40);
        Project project = data.project("THB-" + TestData.unique(), today.minusYears(1), today.plusYears(2));
        String title = "การฝึกอบรมเรื่องการค้าข้ามแดน " + TestData.unique();

        logIn(STAFF);
        assertThat(page.locator("html")).hasAttribute("lang", "th");
        Locator menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(th("layout.nav")));
        assertThat(menu.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(th("layout.nav.projects"))))
                .isVisible();

        page.navigate(url("/projects/" + project.getId()));
        assertThat(page.getByText(buddhistYear(project.getStartDate())).first()).isVisible();
        page.navigate(url("/projects/" + project.getId() + "/activities/new"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(th("activity.form.page.new"));
        page.getByLabel(th("activity.form.field.startDate")).fill(day.toString());
        page.getByLabel(th("activity.form.field.endDate")).fill(day.plusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(th("activity.form.saveDraft")))
                .click();
        // The title was left empty: said in Thai beside it, and the dates typed are kept.
        assertThat(page.locator("#title-error")).hasText(th("activity.form.title.required"));
        assertThat(page.getByLabel(th("activity.form.field.startDate"))).hasValue(day.toString());

        page.getByLabel(th("activity.form.field.title")).fill(title);
        page.getByLabel(th("activity.form.field.type")).selectOption(th("ActivityType.TRAINING"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(th("activity.form.saveDraft")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(title);
        assertThat(page.getByText(buddhistYear(day)).first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(th("ReviewAction.SUBMIT")))
                .click();
        assertThat(page.getByText(Text.in(THAI, "activity.review.done", title, th("ActivityStatus.SUBMITTED"))))
                .isVisible();
        context.clearCookies();

        logIn(MANAGER);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(th("layout.nav")))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(th("layout.nav.review")))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(th("activity.review.title"))))
                .isVisible();
        page.locator("#project").fill(project.getCode());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(th("activity.review.show")))
                .click();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Text.in(THAI, "activity.review.approve.label", title)))
                .click();
        String approved = ActivityStatus.APPROVED.name();
        assertThat(page.getByText(Text.in(THAI, "activity.review.done", title, th("ActivityStatus." + approved))))
                .isVisible();

        page.navigate(url("/calendar?date=" + day + "&project=" + project.getCode()));
        assertThat(page.locator("html")).hasAttribute("lang", "th");
        assertThat(page.locator("[role=gridcell][data-date='" + day + "']")).containsText(title);
        assertThat(page.locator(".fc-toolbar-title")).containsText(String.valueOf(day.getYear() + 543));
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    /** An administrator of the test's own: the choice it makes stays with that account, not a shared demo one. */
    @Test
    void theLanguageMenuSwitchesToEnglishAndTheChoiceIsKeptForTheNextLogin() {
        String admin = "language-" + TestData.unique().toLowerCase() + "@example.org";
        users.create(admin, "Kanokwan Language", Role.ADMIN, DEMO_PASSWORD);
        logIn(admin);
        page.navigate(url("/account/password"));
        assertThat(page.locator("html")).hasAttribute("lang", "th");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("English").setExact(true))
                .click();
        page.waitForURL(Pattern.compile(".*/account/password$"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("English").setExact(true)))
                .hasAttribute("aria-pressed", "true");

        context.clearCookies();
        logIn(admin); // a Thai browser, but the account chose English
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("ไทย").setExact(true))
                .click();
        assertThat(page.locator("html")).hasAttribute("lang", "th");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(th("layout.nav"))))
                .isVisible();
    }

    private static String th(String key) {
        return Text.in(THAI, key);
    }

    /** A day's year as Thai offices write it: 2026 is 2569. */
    private static String buddhistYear(LocalDate day) {
        return String.valueOf(day.getYear() + 543);
    }
}
