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
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Participant reads in SQL: search by name, email and organisation through trigram indexes (any script,
 * diacritics ignored), probable duplicates, and a person's history.
 */
@Component
@RequiredArgsConstructor
class ParticipantQueries {

    static final int PAGE_SIZE = 25;

    /** How alike two folded names must be to count as a probable duplicate (trigram similarity, 0–1). */
    static final double NAME_SIMILARITY = 0.55;

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
    private final JsonMapper json;
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
        if (filter.getCountry() != null && !filter.getCountry().isBlank()) {
            query.where("p.country = :country", "country", filter.getCountry());
        }
        if (filter.getGender() != null) {
            query.where("p.gender = :gender", "gender", filter.getGender().name());
        }
        if (filter.getOrganisationType() != null) {
            query.where(
                    "p.organisation_type = :orgType",
                    "orgType",
                    filter.getOrganisationType().name());
        }
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
        String dir = "desc".equals(filter.getDir()) ? "desc" : "asc";
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

    /**
     * Same email, or (when nobody has the email) a similar name in the same country: the people this one may
     * already be. With the email of someone else, only that person counts: a new record cannot take it anyway.
     */
    @Transactional(readOnly = true)
    List<DuplicateMatch> duplicates(String email, String givenName, String familyName, String country, Long excludeId) {
        return duplicates(List.of(new PersonToMatch(email, givenName, familyName, country)), excludeId)
                .get(0);
    }

    /** Someone to look for in the registry: what a form or a line of a CSV file says. */
    record PersonToMatch(String email, String givenName, String familyName, String country) {}

    /**
     * The probable duplicates of many people at once (a CSV import): one statement per thousand people, each
     * looked up exactly as a single new participant is. The result has one list per person, in their order.
     */
    @Transactional(readOnly = true)
    List<List<DuplicateMatch>> duplicates(List<PersonToMatch> people, Long excludeId) {
        List<List<DuplicateMatch>> matches = new java.util.ArrayList<>();
        people.forEach(person -> matches.add(new java.util.ArrayList<>()));
        // The trigram index leaves out names below the threshold itself, instead of handing over every name with a
        // few trigrams in common (pg_trgm's default 0.3) to be compared one by one: several times faster.
        jdbc.queryForObject(
                "select set_config('pg_trgm.similarity_threshold', :threshold, true)",
                Map.of("threshold", String.valueOf(NAME_SIMILARITY)),
                String.class);
        for (int from = 0; from < people.size(); from += DUPLICATE_BATCH) {
            List<Map<String, Object>> input = new java.util.ArrayList<>();
            for (int n = from; n < Math.min(people.size(), from + DUPLICATE_BATCH); n++) {
                PersonToMatch person = people.get(n);
                Map<String, Object> item = new java.util.HashMap<>();
                item.put("n", n);
                item.put(
                        "email",
                        person.email() == null || person.email().isBlank()
                                ? null
                                : person.email().strip());
                item.put(
                        "name",
                        (person.givenName() == null ? "" : person.givenName().strip()) + " "
                                + (person.familyName() == null
                                        ? ""
                                        : person.familyName().strip()));
                item.put("country", person.country());
                input.add(item);
            }
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("input", json.writeValueAsString(input))
                    .addValue("exclude", excludeId == null ? -1L : excludeId)
                    .addValue("threshold", NAME_SIMILARITY);
            jdbc.query(
                    """
                    with i as materialized (   -- each name folded once, not once per candidate
                        select n, lower(email) as email, portal_fold(name) as name, country
                        from jsonb_to_recordset(cast(:input as jsonb)) as t(n int, email varchar, name text, country varchar))
                    select i.n, m.id, m.name, m.country, m.organisation_name, m.email, m.reason, m.similarity
                    from i cross join lateral (
                        select p.id, concat_ws(' ', p.title, p.given_name, p.family_name) as name, p.country,
                               p.organisation_name, p.email, 'email' as reason, 1.0 as similarity
                        from participant p
                        where i.email is not null and lower(p.email) = i.email and p.id <> :exclude
                        union all
                        select * from (
                            select p.id, concat_ws(' ', p.title, p.given_name, p.family_name), p.country, p.organisation_name,
                                   p.email, 'name', similarity(p.search_name, i.name)
                            from participant p
                            where p.country = i.country and p.id <> :exclude and p.anonymised_at is null
                              and p.search_name % i.name and similarity(p.search_name, i.name) >= :threshold
                              and (i.email is null or not exists (
                                  select 1 from participant e where lower(e.email) = i.email and e.id <> :exclude))
                            order by 7 desc limit 5) similar_names
                    ) m
                    order by i.n, m.similarity desc, m.id""",
                    params, (org.springframework.jdbc.core.RowCallbackHandler) rs -> matches.get(rs.getInt("n"))
                            .add(new DuplicateMatch(
                                    rs.getLong("id"),
                                    rs.getString("name"),
                                    rs.getString("country"),
                                    rs.getString("organisation_name"),
                                    rs.getString("email"),
                                    rs.getString("reason"),
                                    rs.getDouble("similarity"))));
        }
        return matches;
    }

    private static final int DUPLICATE_BATCH = 1000;

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
