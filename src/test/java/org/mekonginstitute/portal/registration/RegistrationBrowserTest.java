package org.mekonginstitute.portal.registration;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;

/**
 * The whole way from an invitation to a full activity: staff open registration with three places and invite a
 * partner; its focal point nominates four people on a phone, one of them already in the registry; staff accept
 * three (that one linked to the existing record) and the fourth goes to the waiting list, moving up when an
 * accepted person withdraws; and the e-mails arrive.
 */
class RegistrationBrowserTest extends BrowserTestSupport {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @Autowired
    TestData data;

    @Test
    void partnersNominateOnAPhoneStaffAcceptThreeAndTheFourthMovesUpWhenSomeoneWithdraws() {
        String tag = TestData.unique();
        Activity activity = data.activity(
                data.project(), LocalDate.now().plusMonths(2), LocalDate.now().plusMonths(2));
        String partner = "Ministry of Labour and Social Welfare " + tag;
        data.organisation(partner, org.mekonginstitute.portal.organisation.OrganisationType.GOVERNMENT_AGENCY);
        Participant known = data.participant("ບົວສີ", "ແກ້ວມະນີ" + tag, Gender.FEMALE, "LA");
        String focalPoint = "focal." + tag.toLowerCase() + "@mlsw.example.org";

        logIn(STAFF);
        String link = openRegistrationAndInvite(activity, partner);

        Page phone = phone();
        phone.navigate(link);
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText(activity.getTitle());
        List<String[]> people = List.of(
                new String[] {"Ms", "ບົວສີ", "ແກ້ວມະນີ" + tag, "Female", "LA"},
                new String[] {"Ms", "ดวงดาว", "ศรีสมบัติ" + tag, "Female", "TH"},
                new String[] {"Mr", "Đặng Văn", "Khoa" + tag, "Male", "VN"},
                new String[] {"Ms", "សុភា", "ម៉ៅ" + tag, "Female", "KH"});
        for (String[] person : people) {
            nominate(phone, person, focalPoint, tag);
        }
        Locator sent = phone.getByRole(AriaRole.LIST).last();
        assertThat(sent.getByRole(AriaRole.LISTITEM)).hasCount(4);
        assertThat(sent).containsText("Ms សុភា ម៉ៅ" + tag);
        org.assertj.core.api.Assertions.assertThat((Integer) phone.evaluate("document.documentElement.scrollWidth"))
                .as("the nomination page fits a phone")
                .isLessThanOrEqualTo(390);
        phone.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("nomination-phone.png"))
                .setFullPage(true));

        page.navigate(url("/activities/" + activity.getId() + "/participants"));
        Locator applications = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Applications"));
        assertThat(applications).containsText("0 of 3 places taken");
        assertThat(applications).containsText("4 waiting for review");
        Locator knownCard = card("Ms ບົວສີ ແກ້ວມະນີ" + tag);
        assertThat(knownCard).containsText("same name");
        assertThat(knownCard.getByLabel("Use " + known.fullName(), new Locator.GetByLabelOptions().setExact(false)))
                .isChecked();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("applications.png"))
                .setFullPage(true));

        for (String[] person : people.subList(0, 3)) {
            String name = person[0] + " " + person[1] + " " + person[2];
            card(name)
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept " + name))
                    .click();
            assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(name + " is accepted and enrolled.");
        }
        String fourth = "Ms សុភា ម៉ៅ" + tag;
        card(fourth)
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept " + fourth))
                .click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("All 3 places are taken");
        card(fourth)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Put " + fourth + " on the waiting list"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText(fourth + " is on the waiting list.");
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Applications")))
                .containsText("3 of 3 places taken");

        Locator enrolled = page.locator("#bulk-form tbody tr");
        assertThat(enrolled).hasCount(3);
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(known.fullName()).setExact(true)))
                .hasAttribute("href", "/participants/" + known.getId());

        page.getByLabel("Select Mr Đặng Văn Khoa" + tag).check();
        page.getByLabel("Set the status of the selected people to").selectOption("WITHDRAWN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply to selected"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("1 enrolment(s) set to withdrawn.");
        assertThat(page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(fourth).setExact(true)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Applications")))
                .containsText("3 of 3 places taken");
        page.navigate(url("/activities/" + activity.getId() + "/applications?status=ACCEPTED"));
        assertThat(card(fourth)).containsText("Accepted");

        org.assertj.core.api.Assertions.assertThat(TestMailServer.await(focalPoint, 4 + 5))
                .extracting(TestMailServer.Mail::subject)
                .filteredOn(subject -> subject.startsWith("Nomination received"))
                .hasSize(4);
        org.assertj.core.api.Assertions.assertThat(TestMailServer.await(email("សុភា", tag), 3))
                .extracting(TestMailServer.Mail::subject)
                .satisfiesExactly(
                        received -> org.assertj.core.api.Assertions.assertThat(received)
                                .matches("Application received \\(R-[A-Z0-9]{7}\\): .*"),
                        waiting -> org.assertj.core.api.Assertions.assertThat(waiting)
                                .isEqualTo("On the waiting list: " + activity.getTitle()),
                        movedUp -> org.assertj.core.api.Assertions.assertThat(movedUp)
                                .isEqualTo("Place confirmed: " + activity.getTitle()));
        org.assertj.core.api.Assertions.assertThat(consoleErrors).isEmpty();
    }

    /** Opens registration with three places on the activity's Registration tab and invites the partner. */
    private String openRegistrationAndInvite(Activity activity, String partner) {
        page.navigate(url("/activities/" + activity.getId()));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Registration").setExact(true))
                .click();
        page.getByLabel("Places", new Page.GetByLabelOptions().setExact(true)).fill("3");
        page.getByLabel("Who brings participants")
                .selectOption(new SelectOption().setLabel("Partners nominate participants"));
        page.getByLabel("Passport").selectOption(new SelectOption().setLabel("Asked"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open registration"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Registration saved.");
        page.getByLabel("Invite a partner to nominate").selectOption(new SelectOption().setLabel(partner));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue link"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Nomination link issued for " + partner);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("registration.png"))
                .setFullPage(true));
        return page.locator(".registration-link code").first().textContent().strip();
    }

    private void nominate(Page phone, String[] person, String focalPoint, String tag) {
        phone.getByLabel("Your name").fill("Bounmy Vongphachanh");
        phone.getByLabel("Your email").fill(focalPoint);
        phone.getByLabel("Title").fill(person[0]);
        phone.getByLabel("Given name").fill(person[1]);
        phone.getByLabel("Family name").fill(person[2]);
        phone.getByLabel("Gender").selectOption(new SelectOption().setLabel(person[3]));
        phone.getByLabel("Country").selectOption(person[4]);
        phone.getByLabel("Position").fill("Technical Officer");
        phone.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email(person[1], tag));
        phone.getByLabel("I agree that the Mekong Institute keeps them").check();
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send nomination"))
                .click();
        String name = person[0] + " " + person[1] + " " + person[2];
        assertThat(phone.getByRole(AriaRole.STATUS).first()).containsText("Sent: " + name);
        assertThat(phone.getByLabel("Your email")).hasValue(focalPoint);
    }

    private Locator card(String name) {
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName("Application of " + name));
    }

    private static String email(String given, String tag) {
        return "n" + Math.abs(given.hashCode()) + "." + tag.toLowerCase() + "@nominee.example.org";
    }
}
