package org.mekonginstitute.portal.reporting.donor;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.reporting.reach.ReachQueries;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the donor report reads beside the project itself: its activities and its action plans, one statement each. */
@Component
@RequiredArgsConstructor
class DonorReportQueries {

    private static final String ACTIVITIES = """
            select a.id, a.title, a.type, a.status, a.start_date, a.end_date, a.city, a.country,
                   (select count(*) from enrolment e where e.activity_id = a.id and %s) as participations
            from activity a where a.project_id = :project
            order by coalesce(a.start_date, a.planned_from), a.id""".formatted(ReachQueries.COUNTED);

    private static final String PLANS = """
            select ap.title, ap.country, ap.status, ap.target_date,
                   (select max(u.update_date) from action_plan_update u where u.action_plan_id = ap.id) as last_update,
                   (select string_agg(concat_ws(' ', p.given_name, p.family_name), ', ' order by p.family_name, p.given_name)
                      from action_plan_member m join participant p on p.id = m.participant_id
                     where m.action_plan_id = ap.id) as members
            from action_plan ap join activity a on a.id = ap.activity_id
            where a.project_id = :project order by ap.status, ap.country, ap.id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Countries countries;

    /** The project's activities: those held (completed), and how many others are still to come or cancelled. */
    record Activities(List<DonorReport.HeldActivity> held, long planned, long cancelled) {}

    Activities activities(long projectId) {
        Map<String, Long> byStatus = new HashMap<>();
        List<DonorReport.HeldActivity> held = new ArrayList<>();
        jdbc.query(ACTIVITIES, Map.of("project", projectId), rs -> {
            String status = rs.getString("status");
            byStatus.merge(status, 1L, Long::sum);
            if ("COMPLETED".equals(status)) {
                held.add(held(rs));
            }
        });
        long cancelled = byStatus.getOrDefault("CANCELLED", 0L);
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Activities(List.copyOf(held), all - cancelled - held.size(), cancelled);
    }

    /** The action plans of the project's activities, by status, with who committed to each and its last update. */
    List<DonorReport.Plan> plans(long projectId) {
        return jdbc.query(
                PLANS,
                Map.of("project", projectId),
                (rs, n) -> new DonorReport.Plan(
                        rs.getString("title"),
                        rs.getString("country"),
                        ActionPlanStatus.valueOf(rs.getString("status")),
                        rs.getObject("target_date", LocalDate.class),
                        rs.getObject("last_update", LocalDate.class),
                        rs.getString("members")));
    }

    /** A held activity with its place in words: "Khon Kaen, Thailand", the city or country alone, or "Online". */
    private DonorReport.HeldActivity held(ResultSet rs) throws SQLException {
        String city = rs.getString("city");
        String country = countries.name(rs.getString("country"));
        String place = city == null ? country : country.isEmpty() ? city : city + ", " + country;
        return new DonorReport.HeldActivity(
                rs.getLong("id"),
                rs.getString("title"),
                ActivityType.valueOf(rs.getString("type")),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                place.isEmpty() ? Text.of("reporting.donor.online") : place,
                rs.getLong("participations"));
    }
}
