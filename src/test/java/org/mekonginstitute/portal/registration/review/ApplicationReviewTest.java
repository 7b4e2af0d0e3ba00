package org.mekonginstitute.portal.registration.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.registration.RegistrationFixture;
import org.mekonginstitute.portal.registration.model.DecisionRefused;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestMailServer;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Staff decide on applications: the registry, enrolment, places, the waiting list, the audit trail and e-mail. */
@PortalTest
class ApplicationReviewTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture registration;

    @Autowired
    Decisions decisions;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ParticipantService participants;

    @Autowired
    ActivityService activities;

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theParticipantsPageListsApplicationsWithThePersonTheyMayAlreadyBe() throws Exception {
        Activity activity = registration.activityOpenFor(3, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        Participant known = data.participant("ສົມພອນ", "ພົມມະຈັນ" + TestData.unique(), Gender.MALE, "LA");
        Map<String, String> form = RegistrationFixture.nomination("ສົມພອນ", known.getFamilyName());
        form.put("title", "Mr");
        form.put("gender", "MALE");
        registration.send(token, form, "192.0.2.10");

        String page = mvc.perform(
                        get("/activities/" + activity.getId() + "/participants").with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Applications", "0 of 3 places taken", "1 waiting for review")
                .contains("Mr ສົມພອນ " + known.getFamilyName())
                .contains("same name")
                .containsPattern("value=\"" + known.getId() + "\"\\s+id=\"[^\"]+\" checked");
    }

    @Test
    void acceptingLinksTheRecordChosenOrCreatesOneAndEnrolsAndTheFourthGoesOnTheWaitingList() {
        Activity activity = registration.activityOpenFor(2, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        Participant known = data.participant("Known", "Person" + TestData.unique(), Gender.FEMALE, "LA");
        long first = send(token, RegistrationFixture.nomination("Known", known.getFamilyName()));
        long second = send(token, RegistrationFixture.nomination("New", "Person" + TestData.unique()));
        long third = send(token, RegistrationFixture.nomination("Third", "Person" + TestData.unique()));

        decisions.accept(activity.getId(), first, 0, known.getId());
        decisions.accept(activity.getId(), second, 0, null);
        assertThatThrownBy(() -> decisions.accept(activity.getId(), third, 0, null))
                .isInstanceOf(DecisionRefused.class)
                .hasMessageContaining("All 2 places are taken");
        decisions.putOnWaitingList(activity.getId(), third, 0, null);

        assertThat(participantOf(first)).isEqualTo(known.getId());
        assertThat(participantOf(second)).isNotNull().isNotEqualTo(known.getId());
        assertThat(enrolled(activity)).containsExactlyInAnyOrder(known.getId(), participantOf(second));
        assertThat(status(third)).isEqualTo("WAITING_LIST");
        assertThatThrownBy(() -> decisions.accept(activity.getId(), first, 0, null))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void aPlaceFreedOnTheParticipantsPageGoesToTheFirstOnTheWaitingListWhoIsToldByEmail() throws Exception {
        Activity activity = registration.activityOpenFor(1, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        long accepted = send(token, RegistrationFixture.nomination("Accepted", "First" + TestData.unique()));
        Map<String, String> waitingForm = RegistrationFixture.nomination("Waiting", "First" + TestData.unique());
        long waiting = send(token, waitingForm);
        long later = send(token, RegistrationFixture.nomination("Waiting", "Second" + TestData.unique()));
        decisions.accept(activity.getId(), accepted, 0, null);
        decisions.putOnWaitingList(activity.getId(), waiting, 0, null);
        decisions.putOnWaitingList(activity.getId(), later, 0, null);

        long enrolment = jdbc.queryForObject(
                "select id from enrolment where activity_id = ? and participant_id = ?",
                Long.class,
                activity.getId(),
                participantOf(accepted));
        mvc.perform(post("/activities/" + activity.getId() + "/enrolments/status")
                .with(csrf())
                .with(users.staff())
                .param("selected", String.valueOf(enrolment))
                .param("status", AttendanceStatus.WITHDRAWN.name()));

        assertThat(status(accepted)).isEqualTo("WITHDRAWN");
        assertThat(status(waiting)).isEqualTo("ACCEPTED");
        assertThat(status(later)).isEqualTo("WAITING_LIST");
        assertThat(enrolled(activity)).contains(participantOf(waiting));
        assertThat(TestMailServer.await(waitingForm.get("email"), 3))
                .extracting(TestMailServer.Mail::subject)
                .anyMatch(subject -> subject.startsWith("On the waiting list"))
                .anyMatch(subject -> subject.startsWith("Place confirmed"));
        assertThat(TestMailServer.to(waitingForm.get("email")).get(2).body()).contains("A place has become free");
    }

    @Test
    void decliningAnAcceptedPersonWithAReasonFreesThePlaceAndTellsTheApplicant() {
        Activity activity = registration.activityOpenFor(1, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        Map<String, String> form = RegistrationFixture.nomination("Declined", "Later" + TestData.unique());
        long accepted = send(token, form);
        long waiting = send(token, RegistrationFixture.nomination("Moves", "Up" + TestData.unique()));
        decisions.accept(activity.getId(), accepted, 0, null);
        decisions.putOnWaitingList(activity.getId(), waiting, 0, null);
        decisions.decline(activity.getId(), accepted, 1, "Not a government official.");

        assertThat(status(accepted)).isEqualTo("DECLINED");
        assertThat(status(waiting)).isEqualTo("ACCEPTED");
        assertThat(jdbc.queryForObject(
                        "select status from enrolment where activity_id = ? and participant_id = ?",
                        String.class,
                        activity.getId(),
                        participantOf(accepted)))
                .isEqualTo("WITHDRAWN");
        assertThat(TestMailServer.await(form.get("email"), 3))
                .anySatisfy(mail -> assertThat(mail.body()).contains("Not a government official."));
    }

    @Test
    void everyDecisionIsInTheAuditTrailWithWhoTookIt() throws Exception {
        Activity activity = registration.activityOpenFor(2, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        long application = send(token, RegistrationFixture.nomination("Audited", "Person" + TestData.unique()));
        mvc.perform(post("/activities/" + activity.getId() + "/applications/" + application + "/decline")
                .with(csrf())
                .with(users.staff())
                .param("version", "0")
                .param("reason", "The ministry nominated someone else instead."));
        List<Map<String, Object>> trail = jdbc.queryForList(
                "select action, actor, changes::text as changes from audit_event where table_name = 'application'"
                        + " and record_id = ? order by id",
                application);
        assertThat(trail).extracting(row -> row.get("action")).containsExactly("INSERT", "UPDATE");
        assertThat(trail.get(1).get("actor")).isEqualTo(TestUsers.STAFF);
        assertThat((String) trail.get(1).get("changes")).contains("DECLINED", "The ministry nominated someone else");
    }

    @Test
    void aMergedRecordLeavesItsApplicationsWithTheRecordKept() {
        Activity activity = registration.activityOpenFor(2, RegistrationMode.NOMINATION, Map.of());
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        long application = send(token, RegistrationFixture.nomination("Merged", "Away" + TestData.unique()));
        Participant removed = data.participant("Merged", "Away" + TestData.unique(), Gender.FEMALE, "LA");
        Participant kept = data.participant("Merged", "Kept" + TestData.unique(), Gender.FEMALE, "LA");
        decisions.accept(activity.getId(), application, 0, removed.getId());
        participants.merge(kept.getId(), removed.getId(), TestUsers.MANAGER);
        assertThat(participantOf(application)).isEqualTo(kept.getId());
    }

    @Test
    void anActivityWithRegistrationIsNotDeletedButCancelled() {
        Activity activity = registration.activityOpenFor(2, RegistrationMode.NOMINATION, Map.of());
        assertThat(activities.deletionBlocker(activity.getId()))
                .contains("It has online registration with 0 application(s)")
                .endsWith("and cannot be deleted. Cancel it instead: its history is kept.");
    }

    private long send(String token, Map<String, String> form) {
        try {
            registration.send(
                    token, form, "192.0.2." + (1 + Math.abs(form.get("email").hashCode() % 250)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jdbc.queryForObject("select id from application where email = ?", Long.class, form.get("email"));
    }

    private String status(long application) {
        return jdbc.queryForObject("select status from application where id = ?", String.class, application);
    }

    private Long participantOf(long application) {
        return jdbc.queryForObject("select participant_id from application where id = ?", Long.class, application);
    }

    private List<Long> enrolled(Activity activity) {
        return jdbc.queryForList(
                "select participant_id from enrolment where activity_id = ? and status <> 'WITHDRAWN'",
                Long.class,
                activity.getId());
    }
}
