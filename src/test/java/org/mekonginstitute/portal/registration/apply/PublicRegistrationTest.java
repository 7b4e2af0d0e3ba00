package org.mekonginstitute.portal.registration.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.registration.RegistrationFixture;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.registration.setup.RegistrationService;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestMailServer;
import org.mekonginstitute.portal.support.TestMailServer.Mail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** The public forms, reached without an account: what they take, what they refuse, and what they show to whom. */
@PortalTest
class PublicRegistrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture registration;

    @Autowired
    RegistrationService registrations;

    @Autowired
    RegistrationLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFocalPointNominatesSeveralPeopleAndSeesThemWhileAnotherPartnerSeesNoneOfThem() throws Exception {
        Activity activity = registration.activityOpenFor(10, RegistrationMode.NOMINATION, Map.of());
        String ministry = registration.invite(activity, "Ministry " + TestData.unique());
        String network = registration.invite(activity, "Network " + TestData.unique());
        String tag = TestData.unique();
        String address = address();

        MvcResult first =
                registration.send(ministry, RegistrationFixture.nomination("ບົວສີ", "ແກ້ວມະນີ" + tag), address);
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/apply/" + ministry);
        String next = page("/apply/" + ministry, first);
        assertThat(next).contains("Sent: Ms ບົວສີ ແກ້ວມະນີ" + tag).contains("value=\"Focal Point\"");
        registration.send(ministry, RegistrationFixture.nomination("Khamla", "Second" + tag), address);

        String ministryPage = page("/apply/" + ministry, null);
        assertThat(ministryPage)
                .contains(
                        "Ms ບົວສີ ແກ້ວມະນີ" + tag, "Ms Khamla Second" + tag, "Waiting for review", activity.getTitle())
                .doesNotContain("@nominee.example.org");
        assertThat(page("/apply/" + network, null)).doesNotContain(tag).contains("Nothing yet.");
    }

    @Test
    void theNominatorAndTheNomineeReceiveAConfirmationWithTheReferenceAndTheNomineeTheirOwnPage() throws Exception {
        Activity activity = registration.activityOpenFor(10, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        Map<String, String> form = RegistrationFixture.nomination("Nguyễn Thị", "Hằng");
        registration.send(token, form, address());
        String reference = jdbc.queryForObject(
                "select reference from application where email = ?", String.class, form.get("email"));

        List<Mail> nominator = TestMailServer.await(form.get("nominatorEmail"), 1);
        assertThat(nominator).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains(reference).contains("Nguyễn Thị Hằng");
            assertThat(mail.body()).contains(activity.getTitle()).doesNotContain("/apply/status/");
        });
        List<Mail> nominee = TestMailServer.await(form.get("email"), 1);
        assertThat(nominee)
                .singleElement()
                .satisfies(mail -> assertThat(mail.body())
                        .contains(reference)
                        .contains("Focal Point of ")
                        .containsPattern("/apply/status/[A-Za-z0-9_-]{43}"));
    }

    @Test
    void someoneWhoRegistersThemselvesLandsOnTheirOwnPageWhichOnlyTheyCanOpen() throws Exception {
        Activity activity =
                registration.activityOpenFor(10, RegistrationMode.OPEN, Map.of(Question.MOTIVATION, Asked.OPTIONAL));
        String token = registration.openLink(activity).getToken();
        Map<String, String> form = RegistrationFixture.nomination("သီတာ", "အောင်");
        form.remove("nominatorName");
        form.remove("nominatorEmail");
        form.put("motivation", "To learn how other secretariats report.");
        MvcResult sent = registration.send(token, form, address());
        String own = sent.getResponse().getRedirectedUrl();
        assertThat(own).matches("/apply/status/[A-Za-z0-9_-]{43}");
        assertThat(page(own, sent))
                .contains("Thank you: your application is sent")
                .contains("Ms သီတာ အောင်")
                .contains("To learn how other secretariats report.");
        // The open link shows nobody what others sent.
        assertThat(page("/apply/" + token, null)).doesNotContain("သီတာ").doesNotContain("Sent through this link");
        assertThat(mvc.perform(get("/apply/status/" + "A".repeat(43)).with(anonymous()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void requiredAnswersTheNominatorAndTheConsentAreAskedForBesideTheirFieldsKeepingWhatWasTyped() throws Exception {
        Activity activity = registration.activityOpenFor(
                10, RegistrationMode.NOMINATION, Map.of(Question.PASSPORT_NAME, Asked.REQUIRED));
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        Map<String, String> form = RegistrationFixture.nomination("ดวงดาว", "ศรีสมบัติ");
        form.remove("nominatorEmail");
        form.remove("consent");
        MvcResult refused = registration.send(token, form, address());
        String body = refused.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(body)
                .contains("Tick the box to agree")
                .contains("value=\"ดวงดาว\"")
                .doesNotContain("Please answer this question."); // the form's own rules first
        form.put("consent", "true");
        body = registration.send(token, form, address()).getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Please answer this question.").contains("Enter your email: the confirmation");
        assertThat(count(activity)).isZero();
    }

    @Test
    void aFormFilledInByARobotIsAnsweredAsSentAndNothingIsStored() throws Exception {
        Activity activity = registration.activityOpenFor(10, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        Map<String, String> form = RegistrationFixture.nomination("Robot", "Filled");
        form.put("website", "https://spam.example.com");
        MvcResult sent = registration.send(token, form, address());
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/apply/" + token);
        assertThat(count(activity)).isZero();
        assertThat(TestMailServer.to(form.get("nominatorEmail"))).isEmpty();
    }

    @Test
    void oneAddressOrOneLinkSendingTooOftenIsRefusedWith429() throws Exception {
        Activity activity = registration.activityOpenFor(50, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        int perAddress = limits.getSubmissionsPerAddress();
        int perLink = limits.getSubmissionsPerLink();
        try {
            limits.setSubmissionsPerAddress(2);
            String address = address();
            assertThat(status(registration.send(token, RegistrationFixture.nomination("A", "One"), address)))
                    .isEqualTo(302);
            assertThat(status(registration.send(token, Map.of("givenName", "invalid"), address)))
                    .isEqualTo(200);
            MvcResult third = registration.send(token, RegistrationFixture.nomination("A", "Three"), address);
            assertThat(status(third)).isEqualTo(429);
            assertThat(third.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("Too many forms were sent from your address");
            assertThat(status(registration.send(token, RegistrationFixture.nomination("A", "Four"), address())))
                    .isEqualTo(302);

            limits.setSubmissionsPerAddress(perAddress);
            limits.setSubmissionsPerLink(4);
            MvcResult linkFull = registration.send(token, RegistrationFixture.nomination("A", "Five"), address());
            assertThat(status(linkFull)).isEqualTo(429);
            assertThat(linkFull.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .contains("This link received too many forms");
        } finally {
            limits.setSubmissionsPerAddress(perAddress);
            limits.setSubmissionsPerLink(perLink);
        }
        assertThat(count(activity)).isEqualTo(2);
    }

    @Test
    void aLinkTakesNoMoreApplicationsThanItsLimitAndOnePersonAppliesOnce() throws Exception {
        Activity activity = registration.activityOpenFor(10, RegistrationMode.NOMINATION, Map.of());
        registration.open(activity, 10, RegistrationMode.NOMINATION, 2, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        Map<String, String> first = RegistrationFixture.nomination("Limit", "One");
        registration.send(token, first, address());
        Map<String, String> again = RegistrationFixture.nomination("Limit", "Again");
        again.put("email", first.get("email").toUpperCase());
        assertThat(registration.send(token, again, address()).getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("An application with this email was sent for this activity already");
        registration.send(token, RegistrationFixture.nomination("Limit", "Two"), address());
        MvcResult third = registration.send(token, RegistrationFixture.nomination("Limit", "Three"), address());
        assertThat(third.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("This link has brought all the applications it may");
        assertThat(count(activity)).isEqualTo(2);
    }

    @Test
    void closedNotYetOpenUnknownAndRevokedLinksShowAPageThatSaysSo() throws Exception {
        Activity activity = registration.activityOpenFor(10, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        jdbc.update(
                "update registration set opens_on = current_date - 30, closes_on = current_date - 1 where activity_id = ?",
                activity.getId());
        assertThat(page("/apply/" + token, null))
                .contains("Registration is closed")
                .doesNotContain("Send nomination");
        MvcResult late = registration.send(token, RegistrationFixture.nomination("Too", "Late"), address());
        assertThat(late.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Registration is closed");
        jdbc.update(
                "update registration set opens_on = current_date + 3, closes_on = current_date + 9 where activity_id = ?",
                activity.getId());
        assertThat(page("/apply/" + token, null)).contains("Registration has not opened yet");
        assertThat(count(activity)).isZero();

        MvcResult unknown =
                mvc.perform(get("/apply/" + "B".repeat(43)).with(anonymous())).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("This link is not known")
                .doesNotContain(activity.getTitle());
        long linkId = jdbc.queryForObject("select id from registration_link where token = ?", Long.class, token);
        registrations.revoke(activity.getId(), linkId);
        MvcResult revoked =
                mvc.perform(get("/apply/" + token).with(anonymous())).andReturn();
        assertThat(revoked.getResponse().getStatus()).isEqualTo(404);
        assertThat(revoked.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("This link no longer works")
                .doesNotContain(activity.getTitle());
    }

    @Test
    void aFullActivityShowsThatAllPlacesAreTaken() throws Exception {
        Activity activity = registration.activityOpenFor(1, RegistrationMode.OPEN, Map.of());
        String token = registration.openLink(activity).getToken();
        jdbc.update("insert into participant (given_name, gender, country) values ('Full', 'MALE', 'TH')");
        long person = jdbc.queryForObject(
                "select id from participant where given_name = 'Full' order by id desc limit 1", Long.class);
        jdbc.update("insert into enrolment (participant_id, activity_id) values (?, ?)", person, activity.getId());
        assertThat(page("/apply/" + token, null))
                .contains("All places are taken")
                .doesNotContain("Send application");
    }

    private String page(String path, MvcResult redirect) throws Exception {
        var request = get(path).with(anonymous());
        if (redirect != null) {
            request.flashAttrs(redirect.getFlashMap());
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(Activity activity) {
        return jdbc.queryForObject(
                "select count(*) from application where activity_id = ?", Long.class, activity.getId());
    }

    private static int status(MvcResult result) {
        return result.getResponse().getStatus();
    }

    /** An address of the documentation range, different for every call, so tests do not share rate limits. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
