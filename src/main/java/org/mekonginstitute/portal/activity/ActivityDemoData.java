package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The activities of the seeds under their projects, in a mix of statuses so the calendar and the review queue
 * have something to show; the upcoming ones belong to the ongoing ACMECS secretariat support.
 */
@Component
@Order(40)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class ActivityDemoData implements ApplicationRunner {

    private final ActivityService activities;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final UserService users;
    private final JdbcTemplate jdbc;

    private PortalUser staff;
    private PortalUser manager;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from activity", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        staff = users.actingAs("staff@demo.mekonginstitute.org");
        manager = users.actingAs("manager@demo.mekonginstitute.org");

        long acmecs = project("MI-ACMECS-2023");
        done(
                add(
                        acmecs,
                        ActivityType.STRUCTURED_LEARNING_VISIT,
                        "Structured learning visit to the Mekong River Commission Secretariat",
                        "Learn from a subregional secretariat about policy, planning and coordination.",
                        Modality.IN_PERSON,
                        "MRC Secretariat",
                        "Vientiane",
                        "LA",
                        "MRCS",
                        5,
                        YearMonth.of(2023, 12),
                        YearMonth.of(2024, 2),
                        LocalDate.of(2024, 2, 5),
                        LocalDate.of(2024, 2, 7),
                        null,
                        null),
                "2024-01-10");
        done(
                add(
                        acmecs,
                        ActivityType.STRUCTURED_LEARNING_VISIT,
                        "Structured learning visit to Bangkok-based organisations",
                        "Exchange with a government agency and a research institute on coordination and communication.",
                        Modality.IN_PERSON,
                        null,
                        "Bangkok",
                        "TH",
                        null,
                        5,
                        YearMonth.of(2024, 3),
                        YearMonth.of(2024, 6),
                        LocalDate.of(2024, 5, 20),
                        LocalDate.of(2024, 5, 22),
                        null,
                        null),
                "2024-04-15");
        done(
                add(
                        acmecs,
                        ActivityType.TRAINING,
                        "Capacity-building training on policy, planning, coordination and communication strategy",
                        "Enhance the internal capacity of MI staff on strategic areas in view of ACMECS.",
                        Modality.IN_PERSON,
                        "Mekong Institute",
                        "Khon Kaen",
                        "TH",
                        null,
                        20,
                        YearMonth.of(2024, 4),
                        YearMonth.of(2024, 6),
                        LocalDate.of(2024, 6, 3),
                        LocalDate.of(2024, 6, 14),
                        LocalTime.of(8, 30),
                        LocalTime.of(16, 30)),
                "2024-05-02");
        done(
                add(
                        acmecs,
                        ActivityType.WEBINAR,
                        "Online knowledge-sharing session with regional experts",
                        "Learn from regional and international experts about supporting regional frameworks and secretariats.",
                        Modality.ONLINE,
                        null,
                        null,
                        null,
                        null,
                        30,
                        YearMonth.of(2024, 8),
                        YearMonth.of(2024, 10),
                        LocalDate.of(2024, 9, 25),
                        LocalDate.of(2024, 9, 25),
                        LocalTime.of(14, 0),
                        LocalTime.of(16, 0)),
                "2024-08-20");

        long migration2008 = project("MI-MMN-LMM-2008");
        done(
                add(
                        migration2008,
                        ActivityType.EXPERT_MEETING,
                        "Expert Meeting on Labour Migration Management in the Greater Mekong Sub-region",
                        "Present the draft training curriculum and gain feedback from migration experts and government officials.",
                        Modality.IN_PERSON,
                        "Mekong Institute",
                        "Khon Kaen",
                        "TH",
                        null,
                        20,
                        YearMonth.of(2008, 5),
                        null,
                        LocalDate.of(2008, 5, 13),
                        LocalDate.of(2008, 5, 15),
                        null,
                        null),
                "2008-04-01");
        done(
                add(
                        migration2008,
                        ActivityType.TRAINING,
                        "Three-week regional training course on labour migration management",
                        "Train middle to senior level officials involved in sending and receiving migrants.",
                        Modality.IN_PERSON,
                        "Mekong Institute",
                        "Khon Kaen",
                        "TH",
                        null,
                        24,
                        YearMonth.of(2008, 11),
                        null,
                        null,
                        null,
                        null,
                        null),
                "2008-09-01");

        long tica = project("MI-TICA-LMM-2017");
        done(
                add(
                        tica,
                        ActivityType.CAPACITY_DEVELOPMENT_PROGRAM,
                        "Capacity Development Program on Strategic Management to Labour Migration",
                        "Good practices in labour migration, with solution-based coaching and country action plans.",
                        Modality.IN_PERSON,
                        "Mekong Institute",
                        "Khon Kaen",
                        "TH",
                        null,
                        24,
                        YearMonth.of(2019, 1),
                        null,
                        LocalDate.of(2019, 1, 14),
                        LocalDate.of(2019, 1, 25),
                        null,
                        null),
                "2018-12-10");
        done(
                add(
                        tica,
                        ActivityType.TRAINING,
                        "Learning program on labour migration in Mae Sot",
                        "Field-based learning at the border on services to migrant workers.",
                        Modality.IN_PERSON,
                        null,
                        "Mae Sot",
                        "TH",
                        null,
                        26,
                        YearMonth.of(2019, 11),
                        null,
                        LocalDate.of(2019, 11, 4),
                        LocalDate.of(2019, 11, 10),
                        null,
                        null),
                "2019-10-01");
        done(
                add(
                        tica,
                        ActivityType.EVALUATION_WORKSHOP,
                        "Synthesis and Evaluation Workshop on Strategic Management to Labour Migration in the GMS",
                        "Participants report the progress of their action plans; impacts of COVID-19 on labour migration.",
                        Modality.ONLINE,
                        null,
                        null,
                        null,
                        null,
                        26,
                        YearMonth.of(2020, 11),
                        null,
                        LocalDate.of(2020, 11, 23),
                        LocalDate.of(2020, 11, 25),
                        LocalTime.of(13, 0),
                        LocalTime.of(16, 30)),
                "2020-10-15");

        long ais = project("MI-AIS-2024");
        // This year's activities of the ongoing project (illustrative: the seeds describe the project, not them),
        // so that the dashboard and the reports have figures for the current year.
        done(
                add(
                        ais,
                        ActivityType.CONSULTATION,
                        "Regional consultation on the ACMECS project pipeline",
                        "Review the member countries' project proposals with their national focal points.",
                        Modality.IN_PERSON,
                        "Ministry of Foreign Affairs",
                        "Bangkok",
                        "TH",
                        "MFA",
                        20,
                        YearMonth.of(2026, 3),
                        null,
                        LocalDate.of(2026, 3, 24),
                        LocalDate.of(2026, 3, 26),
                        LocalTime.of(9, 0),
                        LocalTime.of(17, 0)),
                "2026-02-16");
        done(
                add(
                        ais,
                        ActivityType.TRAINING,
                        "Training on policy coordination for ACMECS national focal points",
                        "Strengthen the focal points' skills in policy coordination, planning and reporting.",
                        Modality.IN_PERSON,
                        "Mekong Institute",
                        "Khon Kaen",
                        "TH",
                        null,
                        25,
                        YearMonth.of(2026, 7),
                        YearMonth.of(2026, 8),
                        LocalDate.of(2026, 8, 17),
                        LocalDate.of(2026, 8, 21),
                        LocalTime.of(8, 30),
                        LocalTime.of(16, 30)),
                "2026-07-06");
        long masterPlan = add(
                ais,
                ActivityType.WORKSHOP,
                "Workshop on monitoring and reporting of the ACMECS Master Plan",
                "Agree on a common reporting format for member countries.",
                Modality.IN_PERSON,
                "Ministry of Foreign Affairs",
                "Bangkok",
                "TH",
                "MFA",
                35,
                YearMonth.of(2026, 11),
                YearMonth.of(2026, 12),
                LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 9),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0));
        coResponsible(masterPlan, manager);
        step(masterPlan, ReviewAction.SUBMIT, null, staff, "2026-10-20");
        step(masterPlan, ReviewAction.APPROVE, null, manager, "2026-10-22");
        long webinar = add(
                ais,
                ActivityType.WEBINAR,
                "Webinar: communicating the results of regional cooperation",
                "Share practices of secretariats in communicating results to the public.",
                Modality.ONLINE,
                null,
                null,
                null,
                null,
                80,
                null,
                null,
                LocalDate.of(2026, 12, 17),
                LocalDate.of(2026, 12, 17),
                LocalTime.of(14, 0),
                LocalTime.of(15, 30));
        step(webinar, ReviewAction.SUBMIT, null, staff, "2026-11-12");
        long consultation = add(
                ais,
                ActivityType.CONSULTATION,
                "Consultation with ACMECS national coordinators",
                "Review the interim secretariat's workplan with the national coordinators.",
                Modality.HYBRID,
                "Don Chan Palace",
                "Vientiane",
                "LA",
                null,
                15,
                YearMonth.of(2027, 1),
                null,
                LocalDate.of(2027, 1, 20),
                LocalDate.of(2027, 1, 21),
                null,
                null);
        coResponsible(consultation, manager);
        step(consultation, ReviewAction.SUBMIT, null, staff, "2026-11-18");
        long training = add(
                ais,
                ActivityType.TRAINING,
                "Training on project monitoring, evaluation and reporting",
                "Strengthen MI staff in monitoring, evaluation and reporting for the secretariat's projects.",
                Modality.IN_PERSON,
                "Mekong Institute",
                "Khon Kaen",
                "TH",
                null,
                20,
                YearMonth.of(2027, 1),
                YearMonth.of(2027, 2),
                null,
                null,
                null,
                null);
        step(training, ReviewAction.SUBMIT, null, staff, "2026-11-05");
        step(
                training,
                ReviewAction.RETURN,
                "Please add the resource persons and fix the dates before resubmitting.",
                manager,
                "2026-11-09");
        add(
                ais,
                ActivityType.STRUCTURED_LEARNING_VISIT,
                "Structured learning visit to the ASEAN Secretariat",
                "Learn how the ASEAN Secretariat coordinates sectoral bodies and reports on programmes.",
                Modality.IN_PERSON,
                "ASEAN Secretariat",
                "Jakarta",
                "ID",
                "ASEC",
                6,
                YearMonth.of(2027, 2),
                YearMonth.of(2027, 3),
                null,
                null,
                null,
                null);
    }

    private long add(
            long projectId,
            ActivityType type,
            String title,
            String objective,
            Modality modality,
            String venue,
            String city,
            String country,
            String host,
            Integer target,
            YearMonth plannedFrom,
            YearMonth plannedTo,
            LocalDate start,
            LocalDate end,
            LocalTime startTime,
            LocalTime endTime) {
        ActivityForm form = new ActivityForm();
        form.setType(type);
        form.setTitle(title);
        form.setObjective(objective);
        form.setModality(modality);
        form.setVenue(venue);
        form.setCity(city);
        form.setCountry(country);
        form.setHostOrganisationId(host == null ? null : organisation(host));
        form.setTargetParticipants(target);
        form.setPlannedFrom(plannedFrom);
        form.setPlannedTo(plannedTo);
        form.setStartDate(start);
        form.setEndDate(end);
        form.setStartTime(startTime);
        form.setEndTime(endTime);
        form.setStaffIds(List.of(staff.id()));
        form.setConfirmWarnings(true);
        return activities.create(projectId, form).getId();
    }

    /** The manager shares the responsibility for some activities, so their dashboard lists them too. */
    private void coResponsible(long activityId, PortalUser user) {
        jdbc.update("insert into activity_staff (activity_id, user_id) values (?, ?)", activityId, user.id());
    }

    /** Submitted, approved and completed, on plausible days before and after the activity. */
    private void done(long id, String submitted) {
        step(id, ReviewAction.SUBMIT, null, staff, submitted);
        step(
                id,
                ReviewAction.APPROVE,
                null,
                manager,
                LocalDate.parse(submitted).plusDays(3).toString());
        Activity activity = activities.get(id);
        LocalDate end = activity.getEndDate() != null
                ? activity.getEndDate()
                : activity.getPlannedTo() != null
                        ? activity.getPlannedTo().atEndOfMonth()
                        : activity.getPlannedFrom().atEndOfMonth();
        step(id, ReviewAction.COMPLETE, null, staff, end.plusDays(2).toString());
    }

    private void step(long id, ReviewAction action, String comment, PortalUser user, String day) {
        activities.transition(
                id, action, comment, user, LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.ofHours(7)));
    }

    private long project(String code) {
        return projects.idOf(code).orElseThrow(() -> new IllegalStateException("Demo project missing: " + code));
    }

    private long organisation(String acronym) {
        return organisations.options().stream()
                .filter(o -> acronym.equals(o.acronym()))
                .findFirst()
                .map(OrganisationOption::id)
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + acronym));
    }
}
