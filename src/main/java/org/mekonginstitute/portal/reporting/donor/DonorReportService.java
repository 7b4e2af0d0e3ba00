package org.mekonginstitute.portal.reporting.donor;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.project.ProjectDetails;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.reach.ReachFilter;
import org.mekonginstitute.portal.reporting.reach.ReachQueries;
import org.mekonginstitute.portal.shared.Countries;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Puts a project's donor report together from what the portal holds: nothing is typed twice. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class DonorReportService {

    private final ProjectService projects;
    private final ReachQueries reach;
    private final IndicatorService indicators;
    private final NamedParameterJdbcTemplate jdbc;
    private final Countries countries;
    private final Clock clock;

    DonorReport of(long projectId, String preparedBy) {
        ProjectDetails details = projects.details(projectId);
        Map<String, Long> counts = new java.util.HashMap<>();
        List<DonorReport.HeldActivity> held = jdbc
                .query("""
                select a.id, a.title, a.type, a.status, a.start_date, a.end_date, a.city, a.country,
                       (select count(*) from enrolment e where e.activity_id = a.id and %s) as participations
                from activity a where a.project_id = :project
                order by coalesce(a.start_date, a.planned_from), a.id""".formatted(ReachQueries.COUNTED), Map.of("project", projectId), (rs, n) -> {
                    String status = rs.getString("status");
                    counts.merge(status, 1L, Long::sum);
                    if (!"COMPLETED".equals(status)) {
                        return null;
                    }
                    String city = rs.getString("city");
                    String country = countries.name(rs.getString("country"));
                    String place = city == null ? country : country.isEmpty() ? city : city + ", " + country;
                    return new DonorReport.HeldActivity(
                            rs.getLong("id"),
                            rs.getString("title"),
                            ActivityType.valueOf(rs.getString("type")),
                            rs.getObject("start_date", LocalDate.class),
                            rs.getObject("end_date", LocalDate.class),
                            place.isEmpty() ? "Online" : place,
                            rs.getLong("participations"));
                })
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        long cancelled = counts.getOrDefault("CANCELLED", 0L);
        long planned = counts.values().stream().mapToLong(Long::longValue).sum() - cancelled - held.size();

        List<DonorReport.Plan> plans = jdbc.query(
                """
                select ap.title, ap.country, ap.status, ap.target_date,
                       (select max(u.update_date) from action_plan_update u where u.action_plan_id = ap.id) as last_update,
                       (select string_agg(concat_ws(' ', p.given_name, p.family_name), ', ' order by p.family_name, p.given_name)
                          from action_plan_member m join participant p on p.id = m.participant_id
                         where m.action_plan_id = ap.id) as members
                from action_plan ap join activity a on a.id = ap.activity_id
                where a.project_id = :project order by ap.status, ap.country, ap.id""",
                Map.of("project", projectId),
                (rs, n) -> new DonorReport.Plan(
                        rs.getString("title"),
                        rs.getString("country"),
                        ActionPlanStatus.valueOf(rs.getString("status")),
                        rs.getObject("target_date", LocalDate.class),
                        rs.getObject("last_update", LocalDate.class),
                        rs.getString("members")));
        Map<ActionPlanStatus, Long> planCounts = new EnumMap<>(ActionPlanStatus.class);
        for (ActionPlanStatus status : ActionPlanStatus.values()) {
            planCounts.put(
                    status, plans.stream().filter(p -> p.status() == status).count());
        }
        return new DonorReport(
                details,
                held,
                planned,
                cancelled,
                reach.reach(ReachFilter.ofProject(projectId)),
                indicators.progress(projectId),
                plans,
                planCounts,
                Instant.now(clock),
                preparedBy);
    }
}
