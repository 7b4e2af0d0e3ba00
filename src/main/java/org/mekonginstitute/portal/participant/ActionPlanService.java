package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Action plans after a capacity development programme, and their follow-up. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ActionPlanService {

    private final ActionPlanRepository plans;
    private final EnrolmentRepository enrolments;
    private final ActivityService activities;
    private final Countries countries;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public ActionPlan get(long id) {
        return plans.findDetailed(id).orElseThrow(() -> new NotFoundException("Action plan", id));
    }

    public List<ActionPlan> ofParticipant(long participantId) {
        return plans.findByMember(participantId);
    }

    public List<ActionPlan> ofActivity(long activityId) {
        return plans.findByActivity(activityId);
    }

    @Transactional
    public ActionPlan create(long activityId, ActionPlanDetails details) {
        Activity activity = activities.get(activityId);
        ActionPlan plan = new ActionPlan(activity);
        plan.apply(details, members(activityId, details));
        return plans.saveAndFlush(plan);
    }

    /** As {@link #create(long, ActionPlanDetails)}, from the form as typed. */
    @Transactional
    public ActionPlan create(long activityId, ActionPlanForm form) {
        return create(activityId, form.toDetails());
    }

    @Transactional
    public ActionPlan update(long id, long version, ActionPlanDetails details) {
        ActionPlan plan = get(id);
        plan.checkVersion(version);
        plan.apply(details, members(plan.getActivity().getId(), details));
        return plans.saveAndFlush(plan);
    }

    /** Records progress on the plan, as {@link ActionPlan#recordProgress} allows. */
    @Transactional
    public void recordProgress(long id, LocalDate date, String note, ActionPlanStatus statusAfter, String by) {
        ActionPlan plan = get(id);
        plan.recordProgress(new Progress(date, note, statusAfter), LocalDate.now(clock), by, Instant.now(clock));
        plans.flush();
    }

    /** A project's action plans with their activity, and how many stand at each status. */
    public ProjectPlans ofProject(long projectId) {
        List<ProjectPlanRow> rows = jdbc.query(
                """
                select ap.id, ap.title, ap.country, ap.target_date, ap.status, a.id as activity_id, a.title as activity_title,
                       (select count(*) from action_plan_member m where m.action_plan_id = ap.id) as members,
                       (select max(u.update_date) from action_plan_update u where u.action_plan_id = ap.id) as last_update
                from action_plan ap join activity a on a.id = ap.activity_id
                where a.project_id = :project order by ap.status, ap.country, ap.id""",
                Map.of("project", projectId),
                (rs, n) -> new ProjectPlanRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("country"),
                        rs.getObject("target_date", LocalDate.class),
                        ActionPlanStatus.valueOf(rs.getString("status")),
                        rs.getLong("activity_id"),
                        rs.getString("activity_title"),
                        rs.getInt("members"),
                        rs.getObject("last_update", LocalDate.class)));
        Map<ActionPlanStatus, Long> counts = new EnumMap<>(ActionPlanStatus.class);
        for (ActionPlanStatus status : ActionPlanStatus.values()) {
            counts.put(status, rows.stream().filter(r -> r.status() == status).count());
        }
        return new ProjectPlans(rows, counts);
    }

    public record ProjectPlans(List<ProjectPlanRow> plans, Map<ActionPlanStatus, Long> counts) {}

    public record ProjectPlanRow(
            long id,
            String title,
            String country,
            LocalDate targetDate,
            ActionPlanStatus status,
            long activityId,
            String activityTitle,
            int members,
            LocalDate lastUpdate) {}

    private Set<Participant> members(long activityId, ActionPlanDetails details) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                details.country() != null && !details.country().isBlank() && !countries.isValid(details.country()),
                "country",
                Text.of("participant.form.country.invalid"));
        Map<Long, Participant> enrolled = new HashMap<>();
        enrolments
                .findByActivity(activityId)
                .forEach(e -> enrolled.put(e.getParticipant().getId(), e.getParticipant()));
        Set<Participant> members = new LinkedHashSet<>();
        for (Long id : details.participantIds()) {
            Participant participant = enrolled.get(id);
            if (participant == null) {
                problems.add("participantIds", Text.of("participant.plan.members.notEnrolled"));
                break;
            }
            members.add(participant);
        }
        problems.check();
        return members;
    }
}
