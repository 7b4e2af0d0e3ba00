package org.mekonginstitute.portal.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.support.BrowserTestSupport;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The learning side of an activity end to end, as people do it: staff prepare and open the rounds; ten
 * participants answer the pre-test and the post-test through their links on a phone and eight the evaluation;
 * the results page shows the gain and ratings worked out here by hand; certificates go to those who meet the rule,
 * and one is checked on its public page.
 */
class EvaluationBrowserTest extends BrowserTestSupport {

    private static final List<String> ITEMS = List.of(
            "Who pays recruitment fees?",
            "What does an MoU on employment" + " organise?",
            "Which service registers migrant workers?",
            "Where can a worker complain?");
    private static final List<String> RIGHT = List.of(
            "The employer",
            "Recruitment between two countries",
            "A one-stop service centre",
            "The labour ministry's hotline");
    private static final List<String> WRONG = List.of("The worker", "Visa-free travel", "A travel agency", "Nowhere");
    private static final String[] NAMES = {
        "Sokha", "Dara", "Vanna", "Bopha", "Thida", "Malis", "Chanthy", "Sreymom", "Rithy", "Kosal"
    };
    /** Ratings of the three rating questions by the eight who answer the evaluation. */
    private static final int[][] RATINGS = {
        {5, 4, 4}, {4, 4, 3}, {4, 5, 5}, {3, 4, 4}, {5, 5, 4}, {4, 3, 4}, {5, 4, 5}, {4, 4, 4}
    };

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuestionnaireService questionnaires;

    @Test
    void tenParticipantsAnswerOnTheirPhonesAndStaffSeeTheGainRatingsAndCertificates() {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 5));
        long id = activity.getId();
        List<String> names = enrolTen(activity);
        for (int i = 0; i < 3; i++) {
            questionnaires.addItem(
                    id,
                    QuestionnaireKind.TEST,
                    new ItemDraft(ItemKind.MULTIPLE_CHOICE, ITEMS.get(i), List.of(WRONG.get(i), RIGHT.get(i)), 1));
        }
        for (String rating : List.of("Relevance to your work", "Facilitation", "Organisation")) {
            questionnaires.addItem(
                    id, QuestionnaireKind.EVALUATION, new ItemDraft(ItemKind.RATING, rating, List.of(), null));
        }

        logIn(STAFF);
        page.navigate(url("/activities/" + id));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Evaluation").setExact(true))
                .click();
        Locator test = page.locator("section#test");
        test.getByText("Add an item").click();
        test.getByLabel("Question or statement").fill(ITEMS.get(3));
        test.getByLabel("Answers offered, one a line (multiple choice)").fill(WRONG.get(3) + "\n" + RIGHT.get(3));
        test.getByLabel("Right answer: its number (true or false: 1 True, 2 False)")
                .fill("2");
        test.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add the item"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Item added");
        clickButton("Open the pre-test");
        clickButton("Issue personal links");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("10 personal links issued");
        List<String> links = new ArrayList<>();
        for (String name : names) {
            links.add(page.getByLabel("Personal link of " + name).inputValue());
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/shots/evaluation.png"))
                .setFullPage(true));

        // Pre-test: person i knows i % 3 of the four answers; post-test: all four, or three for every other one.
        int[] before = new int[10];
        int[] after = new int[10];
        try (BrowserContext phone = phoneBrowser()) {
            for (int i = 0; i < 10; i++) {
                before[i] = i % 3;
                answerTest(phone, links.get(i), "Pre-test", before[i]);
            }
            page.reload();
            clickButton("Close the pre-test");
            clickButton("Open the post-test");
            clickButton("Open the evaluation");
            for (int i = 0; i < 10; i++) {
                after[i] = i % 2 == 0 ? 4 : 3;
                answerTest(phone, links.get(i), "Post-test", after[i]);
            }
            for (int i = 0; i < 8; i++) {
                answerEvaluation(phone, links.get(i), RATINGS[i]);
            }
        }

        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Results").setExact(true))
                .click();
        double gain = 0;
        for (int i = 0; i < 10; i++) {
            gain += (after[i] - before[i]) * 25.0;
        }
        String expectedGain = BigDecimal.valueOf(gain / 10).setScale(1, RoundingMode.HALF_UP) + " points";
        assertThat(expectedGain).isEqualTo("65.0 points");
        assertThat(page.locator("#mean-gain")).hasText(expectedGain);
        assertThat(page.getByText("10 of 10 participants").first()).isVisible();
        assertThat(page.getByText("8 of 10 participants")).isVisible();
        String[] ratingNames = {"Relevance to your work", "Facilitation", "Organisation"};
        for (int q = 0; q < 3; q++) {
            int sum = 0;
            for (int[] person : RATINGS) {
                sum += person[q];
            }
            String mean = BigDecimal.valueOf(sum)
                    .divide(BigDecimal.valueOf(8), 2, RoundingMode.HALF_UP)
                    .toPlainString();
            assertThat(page.locator("#ratings tr", new Page.LocatorOptions().setHasText(ratingNames[q])))
                    .containsText(mean);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/shots/results.png"))
                .setFullPage(true));

        // Certificates: 80% of the days and a post-test pass mark of 80: those with all four right, but not Rithy
        // (three days of five).
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("Certificates").setExact(true))
                .click();
        page.getByLabel("Post-test pass mark (%, optional)").fill("80");
        clickButton("Save the rule");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Rule saved");
        clickButton("Issue certificates");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("4 certificates issued");
        Locator rithy = page.locator("#certificates tr", new Page.LocatorOptions().setHasText(names.get(8)));
        assertThat(rithy).containsText("Attended 3 of 5 days");
        Locator dara = page.locator("#certificates tr", new Page.LocatorOptions().setHasText(names.get(1)));
        assertThat(dara).containsText("below the pass mark of 80%");
        Locator sokha = page.locator("#certificates tr", new Page.LocatorOptions().setHasText(names.get(0)));
        String code = sokha.locator("a.font-monospace").innerText();
        assertThat(code).matches("MI-[A-Z0-9]{4}-[A-Z0-9]{4}");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target/shots/certificates.png"))
                .setFullPage(true));

        try (BrowserContext phone = phoneBrowser()) {
            Page verifier = phone.newPage();
            verifier.navigate(url("/certificates/verify"));
            verifier.getByLabel("Certificate code").fill(code);
            verifier.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check"))
                    .click();
            assertThat(verifier.getByRole(AriaRole.STATUS)).hasText("This certificate is valid.");
            assertThat(verifier.locator("dl")).containsText(names.get(0));
            assertThat(verifier.locator("dl")).containsText(activity.getTitle());
            assertThat(verifier.locator("dl")).containsText("1 Sep 2025 – 5 Sep 2025");
            verifier.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target/shots/verify-phone.png"))
                    .setFullPage(true));
        }
        assertThat(consoleErrors).isEmpty();
    }

    private List<String> enrolTen(Activity activity) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Participant p = data.participant(NAMES[i], "Phone" + TestData.unique(), Gender.FEMALE, "KH");
            data.enrol(activity, p, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
            jdbc.update("update enrolment set days_attended = ? where participant_id = ?", i == 8 ? 3 : 5, p.getId());
            names.add(p.getGivenName() + " " + p.getFamilyName());
        }
        return names;
    }

    private BrowserContext phoneBrowser() {
        Browser browser = context.browser();
        BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale("en-GB"));
        phone.setDefaultTimeout(15_000);
        return phone;
    }

    /** Opens the link, answers the round's four questions with the first {@code right} right, and sends. */
    private void answerTest(BrowserContext phone, String link, String round, int right) {
        Page mine = phone.newPage();
        mine.navigate(link);
        mine.locator("a.list-group-item", new Page.LocatorOptions().setHasText(round))
                .click();
        assertThat(mine.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(round)))
                .isVisible();
        for (int q = 0; q < 4; q++) {
            Locator item = mine.locator("fieldset", new Page.LocatorOptions().setHasText(ITEMS.get(q)));
            item.getByLabel(q < right ? RIGHT.get(q) : WRONG.get(q)).check();
        }
        mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .click();
        assertThat(mine.getByRole(AriaRole.STATUS)).containsText("answers are saved");
        mine.close();
    }

    private void answerEvaluation(BrowserContext phone, String link, int[] ratings) {
        Page mine = phone.newPage();
        mine.navigate(link + "/evaluation");
        List<Locator> items = mine.locator("fieldset").all();
        for (int q = 0; q < 3; q++) {
            items.get(q)
                    .getByText(String.valueOf(ratings[q]), new Locator.GetByTextOptions().setExact(true))
                    .click();
        }
        if (ratings == RATINGS[0]) {
            mine.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target/shots/evaluation-phone.png"))
                    .setFullPage(true));
        }
        mine.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers"))
                .click();
        assertThat(mine.getByRole(AriaRole.STATUS)).containsText("evaluation answers are saved");
        mine.close();
    }

    private void clickButton(String name) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
    }
}
