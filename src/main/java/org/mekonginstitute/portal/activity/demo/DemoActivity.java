package org.mekonginstitute.portal.activity.demo;

import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityPlan;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.activity.ReviewAction;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * One demo activity as the staff member plans it (in person unless said otherwise, with them responsible, the
 * warnings already read), then added and taken through its review steps. Dates are written as in the form.
 */
final class DemoActivity {

    private final DemoActivities demo;
    private final long projectId;
    private final ActivityPlan.ActivityPlanBuilder plan;
    private long id;

    DemoActivity(DemoActivities demo, long projectId, ActivityType type, String title) {
        this.demo = demo;
        this.projectId = projectId;
        this.plan = ActivityPlan.builder()
                .type(type)
                .title(title)
                .modality(Modality.IN_PERSON)
                .staffIds(List.of(demo.staff.id()))
                .warningsConfirmed(true);
    }

    DemoActivity objective(String objective) {
        plan.objective(objective);
        return this;
    }

    DemoActivity online() {
        plan.modality(Modality.ONLINE);
        return this;
    }

    DemoActivity hybrid() {
        plan.modality(Modality.HYBRID);
        return this;
    }

    /** Venue, city and country code; any of them may be null. */
    DemoActivity at(String venue, String city, String country) {
        plan.venue(venue).city(city).country(country);
        return this;
    }

    DemoActivity hostedBy(String acronym) {
        plan.hostOrganisationId(demo.organisation(acronym));
        return this;
    }

    DemoActivity participants(int target) {
        plan.targetParticipants(target);
        return this;
    }

    /** The planned window, "2024-03" to "2024-06"; {@code to} may be null. */
    DemoActivity planned(String from, String to) {
        plan.plannedFrom(YearMonth.parse(from)).plannedTo(to == null ? null : YearMonth.parse(to));
        return this;
    }

    DemoActivity on(String start, String end) {
        plan.startDate(LocalDate.parse(start)).endDate(LocalDate.parse(end));
        return this;
    }

    DemoActivity times(String start, String end) {
        plan.startTime(LocalTime.parse(start)).endTime(LocalTime.parse(end));
        return this;
    }

    DemoActivity add() {
        id = demo.activities.create(projectId, plan.build()).getId();
        return this;
    }

    /** Submitted on the day given, approved three days later, completed two days after it ended. */
    void done(String submitted) {
        submit(submitted);
        approve(LocalDate.parse(submitted).plusDays(3).toString());
        Activity activity = demo.activities.get(id);
        LocalDate end = activity.getEndDate() != null
                ? activity.getEndDate()
                : activity.getPlannedTo() != null
                        ? activity.getPlannedTo().atEndOfMonth()
                        : activity.getPlannedFrom().atEndOfMonth();
        demo.step(id, ReviewAction.COMPLETE, null, demo.staff, end.plusDays(2).toString());
    }

    DemoActivity submit(String day) {
        demo.step(id, ReviewAction.SUBMIT, null, demo.staff, day);
        return this;
    }

    DemoActivity approve(String day) {
        demo.step(id, ReviewAction.APPROVE, null, demo.manager, day);
        return this;
    }

    DemoActivity returnWith(String comment, String day) {
        demo.step(id, ReviewAction.RETURN, comment, demo.manager, day);
        return this;
    }

    DemoActivity managerAlsoResponsible() {
        demo.managerAlsoResponsible(id);
        return this;
    }
}
