package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What is coming for one member of staff, and what waits longest for review: short lists for the dashboard. */
@Component
@RequiredArgsConstructor
public class ActivityAgenda {

    /** The day an activity ends: its last scheduled day, or the last day of its planned window (V21's index). */
    static final String ENDS = "case when a.start_date is not null then coalesce(a.end_date, a.start_date)"
            + " else (coalesce(a.planned_to, a.planned_from) + interval '1 month' - interval '1 day')::date end";

    private final NamedParameterJdbcTemplate jdbc;
    private final KeptUntilChanged kept;

    /**
     * Activities the user is among the staff responsible for that have not ended by {@code today} (a planned
     * window counts until its last month ends), neither cancelled nor completed, soonest first. Kept until the
     * data changes.
     */
    @Transactional(readOnly = true)
    public List<ActivityRow> upcomingFor(long userId, LocalDate today, int limit) {
        return kept.get(
                List.of("upcoming", userId, today, limit),
                () -> List.copyOf(jdbc.query(
                        ActivityQueries.COLUMNS
                                + " from activity a join project p on p.id = a.project_id"
                                + " join activity_staff s on s.activity_id = a.id and s.user_id = :user"
                                + " where a.status not in ('CANCELLED', 'COMPLETED') and " + ENDS + " >= :today"
                                + " order by " + ActivityQueries.WHEN + ", a.id limit :limit",
                        Map.of("user", userId, "today", today, "limit", limit),
                        ActivityQueries.ROW)));
    }

    /** The submitted activities waiting longest for a manager's review; kept until the data changes. */
    @Transactional(readOnly = true)
    public List<ActivityRow> waitingLongest(int limit) {
        return kept.get(
                List.of("waiting-longest", limit),
                () -> List.copyOf(jdbc.query(
                        ActivityQueries.COLUMNS
                                + " from activity a join project p on p.id = a.project_id"
                                + " where a.status = 'SUBMITTED' order by a.submitted_at, a.id limit :limit",
                        Map.of("limit", limit),
                        ActivityQueries.ROW)));
    }
}
