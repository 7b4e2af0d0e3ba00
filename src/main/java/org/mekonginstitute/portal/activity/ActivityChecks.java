package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Things worth a second look before saving an activity, which the user may still confirm: dates outside the
 * project, a clash at the same venue or for the same staff, a new activity in the past.
 */
@Component
@RequiredArgsConstructor
class ActivityChecks {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Dates dates;

    List<String> warnings(ActivityPlan plan, Project project, Long activityId) {
        List<String> warnings = new ArrayList<>();
        LocalDate start = plan.startDate();
        if (start == null) {
            return warnings;
        }
        LocalDate end = plan.endDate() == null ? start : plan.endDate();
        if (start.isBefore(project.getStartDate()) || end.isAfter(project.getEndDate())) {
            warnings.add(Text.of(
                    "activity.warning.outsideProject", dates.period(project.getStartDate(), project.getEndDate())));
        }
        if (activityId == null && start.isBefore(LocalDate.now(clock))) {
            warnings.add(Text.of("activity.warning.past", dates.date(start)));
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("start", start)
                .addValue("end", end)
                .addValue("id", activityId == null ? -1L : activityId);
        String overlapping = "a.id <> :id and a.status not in ('CANCELLED', 'POSTPONED') and a.start_date is not null"
                + " and daterange(a.start_date, coalesce(a.end_date, a.start_date), '[]') && daterange(:start, :end, '[]')";
        if (plan.venue() != null && !plan.venue().isBlank()) {
            params.addValue("venue", plan.venue().strip());
            jdbc.query(
                    "select a.title, a.start_date, a.end_date from activity a where " + overlapping
                            + " and lower(a.venue) = lower(:venue) order by a.start_date limit 5",
                    params,
                    rs -> {
                        warnings.add(Text.of(
                                "activity.warning.sameVenue",
                                rs.getString("title"),
                                dates.period(
                                        rs.getObject("start_date", LocalDate.class),
                                        rs.getObject("end_date", LocalDate.class))));
                    });
        }
        if (!plan.staffIds().isEmpty()) {
            params.addValue("staff", plan.staffIds());
            jdbc.query(
                    "select a.title, a.start_date, a.end_date, u.display_name from activity a"
                            + " join activity_staff s on s.activity_id = a.id join user_account u on u.id = s.user_id"
                            + " where " + overlapping + " and s.user_id in (:staff) order by a.start_date limit 5",
                    params,
                    rs -> {
                        warnings.add(Text.of(
                                "activity.warning.staffBusy",
                                rs.getString("display_name"),
                                rs.getString("title"),
                                dates.period(
                                        rs.getObject("start_date", LocalDate.class),
                                        rs.getObject("end_date", LocalDate.class))));
                    });
        }
        return warnings;
    }
}
