package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Activity lists and the review queue, each in a fixed number of statements. */
@Component
@RequiredArgsConstructor
class ActivityQueries {

    static final int PAGE_SIZE = 25;

    /** When it happens: the scheduled start, else the planned window's first day (never null: V5's check). */
    static final String WHEN = "coalesce(a.start_date, a.planned_from)";

    /**
     * Sort keys, each ending with the id in the same direction, so that one index on (key, id) serves a page in
     * either direction (V20) instead of sorting every activity.
     */
    private static final Map<String, String> SORTS = Map.of(
            "title", "lower(a.title) %s, a.id %<s",
            "type", "a.type %s, " + WHEN + " %<s, a.id %<s",
            "status", "a.status %s, " + WHEN + " %<s, a.id %<s",
            "project", "p.code %s, " + WHEN + " %<s, a.id %<s",
            "date", WHEN + " %s, a.id %<s");

    static final String COLUMNS = "select a.id, a.title, a.type, a.status, a.project_id, p.code as project_code,"
            + " a.planned_from, a.planned_to, a.start_date, a.end_date, a.city, a.country, a.modality";

    static final RowMapper<ActivityRow> ROW = ActivityQueries::row;

    private final NamedParameterJdbcTemplate jdbc;
    private final KeptUntilChanged totals;

    @Transactional(readOnly = true)
    Page<ActivityRow> search(ActivityFilter filter, ProjectChoice project) {
        if (project.unknown()) {
            return Page.empty(PageRequest.of(0, PAGE_SIZE));
        }
        ListQuery query = conditions(filter, project).countFrom("activity a").totalKeptBy(totals);
        String sort = SORTS.getOrDefault(filter.getSort(), SORTS.get("date"));
        String order = String.format(
                sort, "asc".equals(filter.getDir()) && SORTS.containsKey(filter.getSort()) ? "asc" : "desc");
        return query.page(
                jdbc,
                COLUMNS,
                "activity a join project p on p.id = a.project_id",
                order,
                filter.getPage() - 1,
                PAGE_SIZE,
                ROW);
    }

    /** The filtered activities after the one with id {@code after}, by id: the API's pages. */
    @Transactional(readOnly = true)
    List<ActivityRow> after(ActivityFilter filter, ProjectChoice project, Long after, int limit) {
        if (project.unknown()) {
            return List.of();
        }
        return conditions(filter, project)
                .after(jdbc, COLUMNS, "activity a join project p on p.id = a.project_id", "a.id", after, limit, ROW);
    }

    private static ListQuery conditions(ActivityFilter filter, ProjectChoice project) {
        ListQuery query = new ListQuery();
        query.search("(a.title ilike :q or a.venue ilike :q or a.city ilike :q)", filter.getQ());
        query.whereGiven("a.project_id = :project", "project", project.id());
        query.whereGiven("a.type = :type", "type", filter.getType());
        query.whereGiven("a.status = :status", "status", filter.getStatus());
        query.whereGiven("a.country = :country", "country", filter.getCountry());
        if (filter.getFrom() != null) {
            query.where(
                    "coalesce(a.end_date, (a.planned_to + interval '1 month' - interval '1 day')::date) >= :from",
                    "from",
                    filter.getFrom());
        }
        if (filter.getTo() != null) {
            query.where(WHEN + " <= :to", "to", filter.getTo());
        }
        return query;
    }

    /** Submitted activities, the longest waiting first, a page at a time. */
    @Transactional(readOnly = true)
    Page<ActivityRow> reviewQueue(ProjectChoice project, int page) {
        if (project.unknown()) {
            return Page.empty(PageRequest.of(0, PAGE_SIZE));
        }
        ListQuery query = new ListQuery().where("a.status = 'SUBMITTED'").countFrom("activity a");
        query.whereGiven("a.project_id = :project", "project", project.id());
        return query.page(
                jdbc,
                COLUMNS,
                "activity a join project p on p.id = a.project_id",
                "a.submitted_at, a.id",
                page - 1,
                PAGE_SIZE,
                ROW);
    }

    @Transactional(readOnly = true)
    long waitingForReview() {
        Long count =
                jdbc.queryForObject("select count(*) from activity where status = 'SUBMITTED'", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    /** A project's activities, the coming and latest first. */
    @Transactional(readOnly = true)
    List<ActivityRow> ofProject(long projectId) {
        return jdbc.query(
                COLUMNS + " from activity a join project p on p.id = a.project_id"
                        + " where a.project_id = :project order by " + WHEN + " desc nulls last, a.id desc",
                Map.of("project", projectId),
                ROW);
    }

    private static ActivityRow row(ResultSet rs, int n) throws SQLException {
        return new ActivityRow(
                rs.getLong("id"),
                rs.getString("title"),
                ActivityType.valueOf(rs.getString("type")),
                ActivityStatus.valueOf(rs.getString("status")),
                rs.getLong("project_id"),
                rs.getString("project_code"),
                PlannedMonth.read(rs, "planned_from"),
                PlannedMonth.read(rs, "planned_to"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("city"),
                rs.getString("country"),
                Modality.valueOf(rs.getString("modality")));
    }
}
