package org.mekonginstitute.portal.calendar;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.activity.PlannedMonth;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar's reads: the activities overlapping a range of days, in one statement that PostgreSQL answers
 * from the two GiST indexes of V5 (one on the scheduled dates, one on the planned windows).
 */
@Component
@RequiredArgsConstructor
class CalendarQueries {

    /** Exactly the expressions of activity_scheduled_range_idx and activity_planned_range_idx, or no index is used. */
    static final String SCHEDULED_RANGE = "daterange(a.start_date, coalesce(a.end_date, a.start_date), '[]')";

    static final String PLANNED_RANGE =
            "daterange(a.planned_from, (coalesce(a.planned_to, a.planned_from) + interval '1 month')::date, '[)')";

    /** Scheduled days, or planned months, overlapping the days from :from (inclusive) to :to (exclusive). */
    static final String OVERLAPS_RANGE =
            "((a.start_date is not null and " + SCHEDULED_RANGE + " && daterange(:from, :to, '[)'))"
                    + " or (a.start_date is null and " + PLANNED_RANGE + " && daterange(:from, :to, '[)')))";

    /** What a feed publishes: activities that go ahead, and those called off (so subscribers see them go). */
    static final List<String> FEED_STATUSES = List.of(
            ActivityStatus.APPROVED.name(),
            ActivityStatus.COMPLETED.name(),
            ActivityStatus.CANCELLED.name(),
            ActivityStatus.POSTPONED.name());

    private static final String SELECT = "select a.id, a.title, a.objective, a.type, a.status, a.project_id,"
            + " p.code as project_code, a.start_date, a.end_date, a.start_time, a.end_time, a.time_zone, a.planned_from,"
            + " a.planned_to, a.venue, a.city, a.country, a.modality, a.online_link, a.version, a.created_at, a.updated_at"
            + " from activity a join project p on p.id = a.project_id";

    private static final String ORDER =
            " order by coalesce(a.start_date, a.planned_from), a.start_time nulls first, lower(a.title), a.id";

    private static final RowMapper<CalendarEvent> ROW = CalendarQueries::row;

    private final NamedParameterJdbcTemplate jdbc;

    /** Every activity on the calendar between two days (the second exclusive), filtered; one statement. */
    @Transactional(readOnly = true)
    List<CalendarEvent> between(LocalDate from, LocalDate toExclusive, CalendarFilter filter) {
        ListQuery query = new ListQuery().where(OVERLAPS_RANGE, Map.of("from", from, "to", toExclusive));
        filtered(query, filter);
        if (filter.getStatus() != null) {
            query.where("a.status = :status", "status", filter.getStatus().name());
        } else if (!filter.isDrafts()) {
            query.where("a.status <> 'DRAFT'");
        }
        return jdbc.query(SELECT + query.whereClause() + ORDER, query.params(), ROW);
    }

    /** A feed's scheduled activities that end on or after {@code since}; one statement. */
    @Transactional(readOnly = true)
    List<CalendarEvent> forFeed(CalendarFilter filter, LocalDate since) {
        ListQuery query = new ListQuery()
                .where(
                        "a.start_date is not null and " + SCHEDULED_RANGE + " && daterange(:since, null, '[)')",
                        "since",
                        since)
                .where("a.status in (:statuses)", "statuses", FEED_STATUSES);
        filtered(query, filter);
        return jdbc.query(SELECT + query.whereClause() + ORDER, query.params(), ROW);
    }

    @Transactional(readOnly = true)
    Optional<CalendarEvent> one(long id) {
        return jdbc.query(SELECT + " where a.id = :id", Map.of("id", id), ROW).stream()
                .findFirst();
    }

    private static void filtered(ListQuery query, CalendarFilter filter) {
        if (filter.getProjectId() != null) {
            query.where("a.project_id = :project", "project", filter.getProjectId());
        } else if (filter.getProject() != null && !filter.getProject().isBlank()) {
            // A code, as the project field sends it: an unknown one shows nothing (the page says why).
            query.where(
                    "p.code = :projectCode",
                    "projectCode",
                    filter.getProject().strip().toUpperCase(Locale.ROOT));
        }
        query.whereGiven("p.department_id = :department", "department", filter.getDepartment());
        query.whereGiven("a.type = :type", "type", filter.getType());
        query.whereGiven("a.country = :country", "country", filter.getCountry());
    }

    private static CalendarEvent row(ResultSet rs, int n) throws SQLException {
        return new CalendarEvent(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("objective"),
                ActivityType.valueOf(rs.getString("type")),
                ActivityStatus.valueOf(rs.getString("status")),
                rs.getLong("project_id"),
                rs.getString("project_code"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class),
                rs.getObject("end_time", LocalTime.class),
                rs.getString("time_zone"),
                PlannedMonth.read(rs, "planned_from"),
                PlannedMonth.read(rs, "planned_to"),
                rs.getString("venue"),
                rs.getString("city"),
                rs.getString("country"),
                Modality.valueOf(rs.getString("modality")),
                rs.getString("online_link"),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
