package org.mekonginstitute.portal.participant.demo;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.participant.ActionPlanDetails;
import org.mekonginstitute.portal.participant.ActionPlanService;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.participant.Attendance;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.Enrolment;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.system.DemoTables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The demo participants ({@link DemoPerson}) enrolled in the demo activities with attendance, and the country
 * action plans ({@link DemoActionPlan}) followed up at the 2020 synthesis workshop.
 */
@Component
@Order(50)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class ParticipantDemoData implements ApplicationRunner {

    private static final String RECORDED_BY = "staff@demo.mekonginstitute.org";

    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final ActionPlanService actionPlans;
    private final ActivityService activities;
    private final OrganisationService organisations;
    private final JdbcTemplate jdbc;

    /** The registered people, by who they are: the institute's staff, the others, and the ACMECS officials. */
    private record People(List<Long> staff, List<Long> external, List<Long> acmecsOfficials) {}

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoTables.empty(jdbc, "participant") || DemoTables.empty(jdbc, "activity")) {
            return;
        }
        People people = register();
        enrolInActivities(people);
        long cdp = activityId("Capacity Development Program on Strategic Management");
        for (DemoActionPlan plan : DemoActionPlan.ALL) {
            plan(cdp, plan, people.external().subList(plan.firstMember(), plan.lastMember()));
        }
    }

    private People register() {
        Map<String, Long> registered = new HashMap<>();
        for (OrganisationOption o : organisations.options()) {
            registered.put(o.name(), o.id());
        }
        People people = new People(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int number = 0;
        for (DemoPerson person : DemoPerson.all()) {
            number++;
            long id = participants
                    .create(person.details(number, registered.get(person.organisation())), true)
                    .getId();
            (person.staff() ? people.staff() : people.external()).add(id);
            if (person.acmecsOfficial()) {
                people.acmecsOfficials().add(id);
            }
        }
        return people;
    }

    /** MI staff in the ACMECS capacity building; the labour migration people in the migration activities. */
    private void enrolInActivities(People people) {
        List<Long> external = people.external();
        Random random = new Random(2008);
        for (long activity : activityIds("MI-ACMECS-2023")) {
            attend(activity, people.staff(), random, true);
        }
        attend(activityId("Expert Meeting on Labour Migration Management"), external.subList(0, 20), random, false);
        attend(
                activityId("Capacity Development Program on Strategic Management"),
                external.subList(4, 28),
                random,
                true);
        attend(activityId("Learning program on labour migration in Mae Sot"), external.subList(10, 36), random, true);
        attend(activityId("Synthesis and Evaluation Workshop"), external.subList(12, 38), random, false);
        attend(
                activityId("Regional consultation on the ACMECS project pipeline"),
                people.acmecsOfficials(),
                random,
                false);
        attend(
                activityId("Training on policy coordination for ACMECS national focal points"),
                people.acmecsOfficials(),
                random,
                true);
        enrol(
                activityId("Workshop on monitoring and reporting of the ACMECS Master Plan"),
                people.staff().subList(0, 6),
                AttendanceStatus.CONFIRMED);
        enrol(activityId("Webinar: communicating the results"), people.staff(), AttendanceStatus.INVITED);
    }

    /** Enrols the people, confirmed, and fills in the attendance sheet: most came, a few did not. */
    private void attend(long activityId, List<Long> people, Random random, boolean tests) {
        int days = Math.max(1, activities.get(activityId).days().size());
        enrol(activityId, people, AttendanceStatus.CONFIRMED);
        List<Attendance> sheet = enrolments.of(activityId).stream()
                .map(enrolment -> attendance(enrolment, random, days, tests))
                .toList();
        enrolments.saveAttendance(activityId, sheet);
    }

    /** The sheet's line for one person: as it stood, with a random status and, for who came, days and scores. */
    private static Attendance attendance(Enrolment enrolment, Random random, int days, boolean tests) {
        int roll = random.nextInt(20);
        AttendanceStatus status = roll == 0
                ? AttendanceStatus.NO_SHOW
                : roll == 1 ? AttendanceStatus.WITHDRAWN : AttendanceStatus.ATTENDED;
        if (status != AttendanceStatus.ATTENDED) {
            return new Attendance(
                    enrolment.getId(),
                    enrolment.getVersion(),
                    status,
                    enrolment.getDaysAttended(),
                    enrolment.getPreTestScore(),
                    enrolment.getPostTestScore(),
                    enrolment.getSatisfaction(),
                    enrolment.isCertificateIssued());
        }
        int daysAttended = Math.max(1, days - random.nextInt(2));
        BigDecimal pre = enrolment.getPreTestScore();
        BigDecimal post = enrolment.getPostTestScore();
        if (tests) {
            int score = 35 + random.nextInt(35);
            pre = BigDecimal.valueOf(score);
            post = BigDecimal.valueOf(Math.min(100, score + 10 + random.nextInt(30)));
        }
        int satisfaction = 3 + random.nextInt(3);
        return new Attendance(
                enrolment.getId(), enrolment.getVersion(), status, daysAttended, pre, post, satisfaction, true);
    }

    private void enrol(long activityId, List<Long> people, AttendanceStatus status) {
        for (long person : people) {
            enrolments.enrol(activityId, person, EnrolmentRole.PARTICIPANT, status);
        }
    }

    private void plan(long activityId, DemoActionPlan plan, List<Long> members) {
        long id = actionPlans
                .create(
                        activityId,
                        new ActionPlanDetails(
                                plan.title(),
                                plan.country(),
                                "Country team action plan agreed at the end of the Capacity Development Program.",
                                LocalDate.parse(plan.targetDate()),
                                ActionPlanStatus.NOT_STARTED,
                                members))
                .getId();
        actionPlans.recordProgress(
                id,
                LocalDate.parse(plan.firstUpdate()),
                plan.firstNote(),
                plan.secondUpdate() == null ? plan.status() : ActionPlanStatus.IN_PROGRESS,
                RECORDED_BY);
        if (plan.secondUpdate() != null) {
            actionPlans.recordProgress(
                    id, LocalDate.parse(plan.secondUpdate()), plan.secondNote(), plan.status(), RECORDED_BY);
        }
    }

    private List<Long> activityIds(String projectCode) {
        return jdbc.queryForList(
                "select a.id from activity a join project p on p.id = a.project_id"
                        + " where p.code = ? and a.status = 'COMPLETED' order by a.start_date",
                Long.class,
                projectCode);
    }

    private long activityId(String titleStart) {
        return jdbc.queryForObject(
                "select id from activity where title like ? order by id limit 1", Long.class, titleStart + "%");
    }
}
