package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@PortalTest
class MergeAndPrivacyTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ParticipantService participants;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMergeMovesEnrolmentsAndActionPlansAndIsRecorded() throws Exception {
        Project project = data.project();
        Activity onlyRemoved = data.activity(project, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        Activity both = data.activity(project, LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4));
        Activity onlyKept = data.activity(project, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        Participant kept = data.participant("Nandar", "Win" + TestData.unique(), Gender.FEMALE, "MM");
        Participant removed = data.participant("Nanda", "Win" + TestData.unique(), Gender.FEMALE, "MM");
        enrolments.enrol(onlyRemoved.getId(), removed.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        enrolments.enrol(both.getId(), kept.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        enrolments.enrol(both.getId(), removed.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        enrolments.enrol(onlyKept.getId(), kept.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        record(both.getId(), removed.getId(), AttendanceStatus.ATTENDED, "80");
        ActionPlanForm plan = new ActionPlanForm();
        plan.setTitle("Plan of the duplicate");
        plan.setParticipantIds(List.of(removed.getId()));
        long planId = actionPlans.create(onlyRemoved.getId(), plan).getId();

        mvc.perform(post("/participants/" + kept.getId() + "/merge")
                        .param("with", removed.getId().toString())
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/participants/" + kept.getId() + "/merge")
                        .param("with", removed.getId().toString())
                        .with(users.manager())
                        .with(csrf()))
                .andExpect(redirectedUrl("/participants/" + kept.getId()));

        assertThat(participants.history(kept.getId()))
                .extracting(HistoryRow::activityId)
                .containsExactlyInAnyOrder(onlyRemoved.getId(), both.getId(), onlyKept.getId());
        Enrolment merged = enrolments.of(both.getId()).stream()
                .filter(e -> e.getParticipant().getId().equals(kept.getId()))
                .findFirst()
                .orElseThrow();
        assertThat(merged.getStatus()).isEqualTo(AttendanceStatus.ATTENDED);
        assertThat(merged.getPostTestScore()).isEqualByComparingTo("80");
        assertThat(actionPlans.get(planId).getMembers())
                .extracting(Participant::getId)
                .containsExactly(kept.getId());
        assertThat(jdbc.queryForObject("select count(*) from participant where id = ?", Integer.class, removed.getId()))
                .isZero();
        Map<String, Object> record = jdbc.queryForMap(
                "select merged_by, enrolments_moved, action_plans_moved, removed_snapshot->>'familyName' as family"
                        + " from participant_merge where kept_id = ? and removed_id = ?",
                kept.getId(),
                removed.getId());
        assertThat(record)
                .containsEntry("merged_by", TestUsers.MANAGER)
                .containsEntry("enrolments_moved", 2)
                .containsEntry("action_plans_moved", 1)
                .containsEntry("family", removed.getFamilyName());
    }

    @Test
    void anonymisingClearsThePersonButKeepsTheStatistics() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 7));
        Participant person = data.participant("Siriporn", "Chaiyasit" + TestData.unique(), Gender.FEMALE, "TH");
        enrolments.enrol(activity.getId(), person.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        record(activity.getId(), person.getId(), AttendanceStatus.ATTENDED, "90");
        String statistics =
                "select count(*) filter (where p.gender = 'FEMALE' and p.country = 'TH' and e.status = 'ATTENDED')"
                        + " from enrolment e join participant p on p.id = e.participant_id where e.activity_id = ?";
        Integer before = jdbc.queryForObject(statistics, Integer.class, activity.getId());

        mvc.perform(post("/participants/" + person.getId() + "/anonymise")
                        .with(users.admin())
                        .with(csrf()))
                .andExpect(redirectedUrl("/participants/" + person.getId()));

        Participant anonymised = participants.get(person.getId());
        assertThat(anonymised.isAnonymised()).isTrue();
        assertThat(anonymised.fullName()).doesNotContain("Siriporn").doesNotContain("Chaiyasit");
        assertThat(anonymised.getEmail()).isNull();
        assertThat(anonymised.getGender()).isEqualTo(Gender.FEMALE);
        assertThat(anonymised.getCountry()).isEqualTo("TH");
        assertThat(jdbc.queryForObject(statistics, Integer.class, activity.getId()))
                .isEqualTo(before)
                .isEqualTo(1);
        assertThat(enrolments.of(activity.getId()))
                .singleElement()
                .satisfies(e -> assertThat(e.getPostTestScore()).isEqualByComparingTo("90"));
    }

    private void record(long activityId, long participantId, AttendanceStatus status, String postTest) {
        List<Attendance> sheet = enrolments.of(activityId).stream()
                .map(e -> new Attendance(
                        e.getId(),
                        e.getVersion(),
                        e.getParticipant().getId() == participantId ? status : e.getStatus(),
                        e.getDaysAttended(),
                        e.getPreTestScore(),
                        e.getParticipant().getId() == participantId ? new BigDecimal(postTest) : e.getPostTestScore(),
                        e.getSatisfaction(),
                        e.isCertificateIssued()))
                .toList();
        enrolments.saveAttendance(activityId, sheet);
    }
}
