package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Participant reads in SQL: search by name, email and organisation through trigram indexes (any script,
 * diacritics ignored), and a person's history. (Probable duplicates: {@link DuplicateSearch}.)
 */
@Component
@RequiredArgsConstructor
class ParticipantQueries {

    static final int PAGE_SIZE = 25;

    private static final Map<String, String> SORTS = Map.of(
            "name", "p.family_name %s nulls last, p.given_name %s",
            "country", "p.country %s, p.family_name %<s",
            "organisation", "p.organisation_name %s nulls last",
            "updated", "p.updated_at %s");

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

    private final NamedParameterJdbcTemplate jdbc;
    private final KeptUntilChanged kept;

    /** The conditions of a filtered participant list, shared by the page and the CSV export. */
    static ListQuery conditions(ParticipantFilter filter) {
        ListQuery query = new ListQuery();
        String text = textCondition(filter, query.params());
        if (text != null) {
            query.where(text);
        }
        return filters(filter, query);
    }

    /**
     * The search text as a condition on {@code participant p} (its parameter added), or null without one. Three
     * letters or more are looked for anywhere in names, emails and organisations, through the trigram indexes;
     * fewer, which no trigram index can serve, at the start of a word of the name ("王", "Li").
     */
    private static String textCondition(ParticipantFilter filter, MapSqlParameterSource params) {
        String q = filter.getQ() == null ? "" : filter.getQ().strip();
        if (q.isEmpty()) {
            return null;
        }
        if (q.codePointCount(0, q.length()) >= 3) {
            params.addValue("q", ListQuery.contains(q));
            return "(p.search_name like portal_fold(:q) or lower(p.email) like lower(:q)"
                    + " or portal_fold(p.organisation_name) like portal_fold(:q))";
        }
        String start = ListQuery.contains(q).substring(1);
        params.addValue("q", start).addValue("qWord", "% " + start);
        return "(p.search_name like portal_fold(:q) or p.search_name like portal_fold(:qWord))";
    }

    private static ListQuery filters(ParticipantFilter filter, ListQuery query) {
        query.whereGiven("p.country = :country", "country", filter.getCountry());
        query.whereGiven("p.gender = :gender", "gender", filter.getGender());
        query.whereGiven("p.organisation_type = :orgType", "orgType", filter.getOrganisationType());
        return query;
    }

    /**
     * What a page of the list reads from: with a search text, the people it finds through the indexes, sorted
     * afterwards. (OFFSET 0 keeps them apart: otherwise PostgreSQL walks the name index in order to fill the first
     * page, testing the text on up to all 200,000 people, seconds for a name that sorts late.)
     */
    private static String source(ParticipantFilter filter, ListQuery query) {
        String text = textCondition(filter, query.params());
        filters(filter, query);
        return text == null ? "participant p" : "(select * from participant p where " + text + " offset 0) p";
    }

    static String order(ParticipantFilter filter) {
        String dir = filter.descending() ? "desc" : "asc";
        return String.format(SORTS.getOrDefault(filter.getSort(), SORTS.get("name")), dir, dir) + ", p.id";
    }

    @Transactional(readOnly = true)
    Page<ParticipantRow> search(ParticipantFilter filter) {
        ListQuery query = new ListQuery().totalKeptBy(kept);
        String from = source(filter, query);
        return query.page(jdbc, COLUMNS, from, order(filter), filter.getPage() - 1, PAGE_SIZE, ROW);
    }

    /** Up to ten people to enrol, for search-as-you-type. */
    @Transactional(readOnly = true)
    List<ParticipantRow> quickSearch(String text) {
        ParticipantFilter filter = new ParticipantFilter();
        filter.setQ(text);
        ListQuery query = new ListQuery();
        String from = source(filter, query);
        return jdbc.query(
                COLUMNS + " from " + from + query.whereClause() + " order by " + order(filter) + " limit 10",
                query.params(),
                ROW);
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
