package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Participant reads in SQL: the list and its search (as {@link ParticipantListSql} writes them), search-as-you-type,
 * and a person's history. (Probable duplicates: {@link DuplicateSearch}.)
 */
@Component
@RequiredArgsConstructor
class ParticipantQueries {

    static final int PAGE_SIZE = 25;

    static final String COLUMNS = "select p.id, p.title, p.given_name, p.family_name, p.gender, p.country,"
            + " p.organisation_name, p.organisation_type, p.email, p.anonymised_at is not null as anonymised";

    static final RowMapper<ParticipantRow> ROW = (rs, n) -> new ParticipantRow(
            rs.getLong("id"),
            rs.getString("title"),
            rs.getString("given_name"),
            rs.getString("family_name"),
            Gender.valueOf(rs.getString("gender")),
            rs.getString("country"),
            rs.getString("organisation_name"),
            rs.getString("organisation_type") == null
                    ? null
                    : OrganisationType.valueOf(rs.getString("organisation_type")),
            rs.getString("email"),
            rs.getBoolean("anonymised"));

    /**
     * Has PostgreSQL plan a search once per connection rather than again for every text searched for: planning it
     * costs five times running it (0.8 against 0.15 ms for "nguyen" among 200,000 people). The plan kept serves every
     * text, as it decides while running whether the whole words fill the page.
     */
    private static final String PLANNED_ONCE = "select set_config('plan_cache_mode', 'force_generic_plan', true)";

    private final NamedParameterJdbcTemplate jdbc;
    private final KeptUntilChanged kept;

    @Transactional(readOnly = true)
    Page<ParticipantRow> search(ParticipantFilter filter) {
        planOnce(filter);
        ListQuery query = new ListQuery().totalKeptBy(kept);
        String from = ParticipantListSql.source(filter, query, true);
        return query.page(jdbc, COLUMNS, from, ParticipantListSql.order(filter), filter.getPage() - 1, PAGE_SIZE, ROW);
    }

    /** The filtered people after the one with id {@code after}, by id: the API's pages. */
    @Transactional(readOnly = true)
    List<ParticipantRow> after(ParticipantFilter filter, Long after, int limit) {
        ListQuery query = new ListQuery();
        String from = ParticipantListSql.source(filter, query, false);
        return query.after(jdbc, COLUMNS, from, "p.id", after, limit, ROW);
    }

    /** Up to ten people to enrol, for search-as-you-type. */
    @Transactional(readOnly = true)
    List<ParticipantRow> quickSearch(String text) {
        ParticipantFilter filter = new ParticipantFilter();
        filter.setQ(text);
        planOnce(filter);
        ListQuery query = new ListQuery();
        String from = ParticipantListSql.source(filter, query, true);
        return jdbc.query(
                COLUMNS + " from " + from + query.whereClause() + " order by " + ParticipantListSql.order(filter)
                        + " limit :limit offset :offset",
                query.params().addValue("limit", 10).addValue("offset", 0),
                ROW);
    }

    private void planOnce(ParticipantFilter filter) {
        if (ParticipantListSql.searches(filter)) {
            jdbc.getJdbcOperations().queryForMap(PLANNED_ONCE);
        }
    }

    /** Which of these emails belong to someone (case aside), as registered, in order. */
    @Transactional(readOnly = true)
    List<String> registeredEmails(Collection<String> emails) {
        return jdbc.queryForList(
                "select email from participant where lower(email) in (:emails) order by email",
                Map.of("emails", emails),
                String.class);
    }

    /** How many of these people are in the registry. */
    @Transactional(readOnly = true)
    int countRegistered(Collection<Long> ids) {
        return jdbc.queryForObject(
                "select count(*) from participant where id in (:ids)", Map.of("ids", ids), Integer.class);
    }

    /** Every activity the person was enrolled in, latest first. */
    @Transactional(readOnly = true)
    List<HistoryRow> history(long participantId) {
        return jdbc.query(
                """
                select a.id, a.title, a.type, p.id as project_id, p.code, a.start_date, a.end_date, a.planned_from,
                       a.planned_to, e.role, e.status
                from enrolment e join activity a on a.id = e.activity_id join project p on p.id = a.project_id
                where e.participant_id = :participant
                order by coalesce(a.start_date, a.planned_from) desc, a.id desc""",
                Map.of("participant", participantId),
                (rs, n) -> new HistoryRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        ActivityType.valueOf(rs.getString("type")),
                        rs.getLong("project_id"),
                        rs.getString("code"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        month(rs.getObject("planned_from", LocalDate.class)),
                        month(rs.getObject("planned_to", LocalDate.class)),
                        EnrolmentRole.valueOf(rs.getString("role")),
                        AttendanceStatus.valueOf(rs.getString("status"))));
    }

    private static YearMonth month(LocalDate date) {
        return date == null ? null : YearMonth.from(date);
    }
}
