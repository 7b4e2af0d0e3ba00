package org.mekonginstitute.portal.support;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityForm;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationProfile;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.project.FundingTerms;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectOverview;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.project.ProjectStatus;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds test records through the portal's own services, with names no other test uses, so tests sharing one
 * database never see each other's data.
 */
@Component
@RequiredArgsConstructor
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final OrganisationService organisations;
    private final ProjectService projects;
    private final Departments departments;
    private final ActivityService activities;
    private final org.mekonginstitute.portal.participant.ParticipantService participantService;
    private final org.mekonginstitute.portal.user.UserService users;
    private final org.mekonginstitute.portal.participant.EnrolmentService enrolments;
    private final org.mekonginstitute.portal.participant.ActionPlanService actionPlans;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** A short text unique in this test run, e.g. "T17X". */
    public static String unique() {
        return "T" + SEQUENCE.incrementAndGet() + "X"
                + Long.toString(System.nanoTime() % 100000, 36).toUpperCase();
    }

    public Organisation organisation(String name, OrganisationType type) {
        return organisations.register(OrganisationProfile.builder()
                .name(name)
                .type(type)
                .country("TH")
                .build());
    }

    public Organisation donor() {
        return organisation("Donor " + unique(), OrganisationType.DONOR_AGENCY);
    }

    public Project project() {
        return project("P-" + unique(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    }

    public Project project(String code, LocalDate start, LocalDate end) {
        return project(code, start, end, departments.all().get(0).getId());
    }

    public void fund(Project project, Organisation donor, String amount, String currency) {
        projects.addFunding(
                project.getId(),
                new FundingTerms(donor.getId(), new BigDecimal(amount), currency, null, null, null, 0));
    }

    /** A draft activity scheduled on fixed dates, with a unique title. */
    public Activity activity(Project project, LocalDate start, LocalDate end) {
        return activity(project, form -> {
            form.setStartDate(start);
            form.setEndDate(end);
        });
    }

    /** A draft activity with only a planned window of months. */
    public Activity plannedActivity(Project project, java.time.YearMonth from, java.time.YearMonth to) {
        ActivityForm form = new ActivityForm();
        form.setType(ActivityType.STRUCTURED_LEARNING_VISIT);
        form.setTitle("Learning visit " + unique());
        form.setModality(Modality.IN_PERSON);
        form.setPlannedFrom(from);
        form.setPlannedTo(to);
        return activities.create(project.getId(), form);
    }

    /** Takes review steps as the demo staff member (SUBMIT, COMPLETE…) or manager (APPROVE, RETURN, CANCEL). */
    public Activity step(Activity activity, ReviewAction... actions) {
        Activity current = activity;
        for (ReviewAction action : actions) {
            String who =
                    action.role() == org.mekonginstitute.portal.user.Role.STAFF ? TestUsers.STAFF : TestUsers.MANAGER;
            current = activities.transition(
                    current.getId(),
                    action,
                    action.commentRequired() ? "Because of a test" : null,
                    users.actingAs(who));
        }
        return current;
    }

    /** A participant with a unique email, created through the registry (duplicates allowed). */
    public org.mekonginstitute.portal.participant.Participant participant(
            String given, String family, org.mekonginstitute.portal.participant.Gender gender, String country) {
        return participantService.create(
                participantForm(given, family, gender, country).toDetails(), true);
    }

    public void partner(Project project, Organisation organisation, PartnershipRole role) {
        projects.addPartnership(project.getId(), organisation.getId(), role);
    }

    /**
     * Enrols a participant with the given role and status; scores (either may be null) are stored as the attendance
     * sheet stores them.
     */
    public void enrol(
            Activity activity,
            org.mekonginstitute.portal.participant.Participant participant,
            org.mekonginstitute.portal.participant.EnrolmentRole role,
            org.mekonginstitute.portal.participant.AttendanceStatus status,
            String preTest,
            String postTest) {
        enrolments.enrol(activity.getId(), participant.getId(), role, status);
        jdbc.update(
                "update enrolment set pre_test_score = ?, post_test_score = ? where activity_id = ? and participant_id = ?",
                preTest == null ? null : new BigDecimal(preTest),
                postTest == null ? null : new BigDecimal(postTest),
                activity.getId(),
                participant.getId());
    }

    /**
     * A crowd enrolled in the activity as registered participants, as a webinar has: people of one country whose
     * family names are {@code family} and a three-digit number, returned in the order of the activity's lists.
     */
    public List<org.mekonginstitute.portal.participant.Participant> crowd(
            Activity activity, int people, String given, String family) {
        List<org.mekonginstitute.portal.participant.Participant> crowd = new java.util.ArrayList<>();
        for (int i = 0; i < people; i++) {
            crowd.add(participant(
                    given, "%s %03d".formatted(family, i), org.mekonginstitute.portal.participant.Gender.FEMALE, "VN"));
        }
        enrolments.enrolAll(
                activity.getId(),
                crowd.stream()
                        .map(org.mekonginstitute.portal.participant.Participant::getId)
                        .toList(),
                org.mekonginstitute.portal.participant.EnrolmentRole.PARTICIPANT,
                org.mekonginstitute.portal.participant.AttendanceStatus.REGISTERED,
                "test");
        return crowd;
    }

    /** An action plan of one participant enrolled in the activity, at the given status. */
    public org.mekonginstitute.portal.participant.ActionPlan actionPlan(
            Activity activity,
            org.mekonginstitute.portal.participant.Participant member,
            org.mekonginstitute.portal.participant.ActionPlanStatus status) {
        org.mekonginstitute.portal.participant.ActionPlanForm form =
                new org.mekonginstitute.portal.participant.ActionPlanForm();
        form.setTitle("Action plan " + unique());
        form.setCountry(member.getCountry());
        form.setStatus(status);
        form.setParticipantIds(List.of(member.getId()));
        return actionPlans.create(activity.getId(), form);
    }

    // Reporting: activities of a given type, participants with an organisation type, enrolments with a status.

    // (the enrolment service is the one injected above)

    /** A draft activity of a type on fixed dates, optionally with staff responsible. */
    public Activity activity(Project project, ActivityType type, LocalDate start, LocalDate end, Long... staffIds) {
        ActivityForm form = new ActivityForm();
        form.setType(type);
        form.setTitle(type.label() + " " + unique());
        form.setModality(Modality.IN_PERSON);
        form.setCity("Vientiane");
        form.setCountry("LA");
        form.setStartDate(start);
        form.setEndDate(end);
        form.setStaffIds(List.of(staffIds));
        form.setConfirmWarnings(true);
        return activities.create(project.getId(), form);
    }

    public org.mekonginstitute.portal.participant.Participant participant(
            String given,
            org.mekonginstitute.portal.participant.Gender gender,
            String country,
            org.mekonginstitute.portal.organisation.OrganisationType organisationType) {
        org.mekonginstitute.portal.participant.web.ParticipantForm form =
                new org.mekonginstitute.portal.participant.web.ParticipantForm();
        form.setGivenName(given);
        form.setFamilyName("Reach " + unique());
        form.setGender(gender);
        form.setCountry(country);
        form.setOrganisationType(organisationType);
        return participantService.create(form.toDetails(), true);
    }

    public void enrol(
            Activity activity,
            org.mekonginstitute.portal.participant.Participant participant,
            org.mekonginstitute.portal.participant.EnrolmentRole role,
            org.mekonginstitute.portal.participant.AttendanceStatus status) {
        enrolments.enrol(activity.getId(), participant.getId(), role, status);
    }

    /** A draft workshop in Khon Kaen, Thailand, with a unique title, changed by {@code details} (dates, type, times...). */
    public Activity activity(Project project, java.util.function.Consumer<ActivityForm> details) {
        ActivityForm form = new ActivityForm();
        form.setType(ActivityType.WORKSHOP);
        form.setTitle("Workshop " + unique());
        form.setModality(Modality.IN_PERSON);
        form.setCity("Khon Kaen");
        form.setCountry("TH");
        form.setConfirmWarnings(true);
        details.accept(form);
        return activities.create(project.getId(), form);
    }

    /** A project of the given department (the other builders use the first one). */
    public Project project(String code, LocalDate start, LocalDate end, long departmentId) {
        return projects.create(ProjectOverview.builder()
                .code(code)
                .title("Project " + code)
                .departmentId(departmentId)
                .status(ProjectStatus.ONGOING)
                .startDate(start)
                .endDate(end)
                .countries(List.of("TH", "LA"))
                .build());
    }

    /** The form of a participant with a unique email, "create anyway" set, for a test to add details to. */
    public org.mekonginstitute.portal.participant.web.ParticipantForm participantForm(
            String given, String family, org.mekonginstitute.portal.participant.Gender gender, String country) {
        org.mekonginstitute.portal.participant.web.ParticipantForm form =
                new org.mekonginstitute.portal.participant.web.ParticipantForm();
        form.setGivenName(given);
        form.setFamilyName(family);
        form.setGender(gender);
        form.setCountry(country);
        form.setEmail(unique().toLowerCase() + "@participants.example.org");
        form.setCreateAnyway(true);
        return form;
    }
}
