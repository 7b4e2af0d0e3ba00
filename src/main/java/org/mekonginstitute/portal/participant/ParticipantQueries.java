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
     * People each word searched for is the start of a word of (their name, email or organisation, folded as the
     * search is: see migration V46), ranked: 3 for a whole word of the name, 2 for the start of one, 1 for an email
     * or organisation only, with their names to sort by (every word of a person holds them: migration V60). One
     * range of the word index per word searched for, read from the index alone, however many people there are. The
     * words found are marked in a bit mask compared with one worked out once, not counted again for every person
     * found; beyond the 62nd, words searched for are left out.
     */
    private static final String WORD_HITS = """
            select w.participant_id,
                   max(case when w.in_name and w.word = t.term then 3 when w.in_name then 2 else 1 end) as rank,
                   w.family_name, w.given_name
              from unnest(portal_words(:text)) with ordinality as t (term, i)
              join participant_word w
                on w.word >= (t.term collate "C") and w.word < ((t.term || chr(1114111)) collate "C") and t.i <= 62
             group by w.participant_id, w.family_name, w.given_name
            having bit_or(1::bigint << (t.i::int - 1))
                   = (1::bigint << (select least(cardinality(portal_words(:text)), 62))) - 1""";

    /**
     * The text anywhere in names, emails and organisations, through the trigram indexes: for the rest of a word
     * ("guyen") or a given name written without a space after the family name (Chinese), when no word starts with
     * the text. Needs three letters at least.
     */
    private static final String ANYWHERE = "(p.search_name like portal_fold(:anywhere)"
            + " or lower(p.email) like lower(:anywhere) or portal_fold(p.organisation_name) like portal_fold(:anywhere))";

    /** The search text as a condition on {@code participant p} (its parameters added), or null without one. */
    private static String textCondition(ParticipantFilter filter, MapSqlParameterSource params) {
        String q = searchText(filter, params);
        if (q == null) {
            return null;
        }
        String words = "p.id in (select participant_id from (" + WORD_HITS + ") h)";
        return searchesAnywhere(q) ? "(" + words + " or (not exists (" + WORD_HITS + ") and " + ANYWHERE + "))" : words;
    }

    /** The stripped search text with its parameters added, or null when there is none. */
    private static String searchText(ParticipantFilter filter, MapSqlParameterSource params) {
        String q = filter.getQ() == null ? "" : filter.getQ().strip();
        if (q.isEmpty()) {
            return null;
        }
        params.addValue("text", q);
        if (searchesAnywhere(q)) {
            params.addValue("anywhere", ListQuery.contains(q));
        }
        return q;
    }

    private static boolean searchesAnywhere(String q) {
        return q.codePointCount(0, q.length()) >= 3;
    }

    private static ListQuery filters(ParticipantFilter filter, ListQuery query) {
        query.whereGiven("p.country = :country", "country", filter.getCountry());
        query.whereGiven("p.gender = :gender", "gender", filter.getGender());
        query.whereGiven("p.organisation_type = :orgType", "orgType", filter.getOrganisationType());
        return query;
    }

    /**
     * What the list reads from: with a search text, the people it finds and how well (see {@link #WORD_HITS}; 0 for
     * a match found anywhere), for the best matches to come first. Each match is looked up by its id: joined
     * plainly, PostgreSQL expects many matches and reads the whole registry in id order to meet them ("offset 0"
     * keeps the lookup from being turned back into that join). When the page {@link #takesBestByName takes the best
     * matches by name}, only the first {@code :limit + :offset} matches are looked up, in the list's order, taken
     * from the word index alone: a page of "nguyen" (3,391 of 200,000 people) reads 25 people, not 3,391.
     */
    private static String source(ParticipantFilter filter, ListQuery query, boolean paged) {
        String q = searchText(filter, query.params());
        filters(filter, query);
        if (q == null) {
            return "participant p";
        }
        String best = "hits";
        if (paged && takesBestByName(filter)) {
            best = "(select * from hits order by " + bestByName(filter) + " limit :limit + :offset)";
            query.countFrom(found(q, "participant_id as id from hits", "p.id"));
        }
        return found(
                q,
                "p.*, best.rank from " + best
                        + " best cross join lateral (select * from participant p where p.id = best.participant_id"
                        + " offset 0) p",
                "p.*, 0");
    }

    /**
     * The people a search finds, as {@code p}: {@code select <fromHits>} over the {@code hits}, or when there are
     * none, the {@code anywhere} columns of the people the text is found anywhere in.
     */
    private static String found(String q, String fromHits, String anywhere) {
        String none = searchesAnywhere(q)
                ? " union all select " + anywhere + " from participant p where not exists (select 1 from hits) and "
                        + ANYWHERE
                : "";
        return "(with hits as (" + WORD_HITS + ") select " + fromHits + none + ") p";
    }

    /** A search in name order with no filter besides: its page is the best matches by name, as the hits have them. */
    private static boolean takesBestByName(ParticipantFilter filter) {
        return "name".equals(sortOf(filter))
                && (filter.getCountry() == null || filter.getCountry().isBlank())
                && filter.getGender() == null
                && filter.getOrganisationType() == null;
    }

    /** The order of the list ({@link #order}, sorted by name) on {@link #WORD_HITS}. */
    private static String bestByName(ParticipantFilter filter) {
        String dir = filter.descending() ? "desc" : "asc";
        return String.format("rank desc, family_name %s nulls last, given_name %s, participant_id", dir, dir);
    }

    /** The order chosen on the list, on {@code participant p}. */
    static String chosenOrder(ParticipantFilter filter) {
        String dir = filter.descending() ? "desc" : "asc";
        return String.format(SORTS.get(sortOf(filter)), dir, dir) + ", p.id";
    }

    /** The column the list is sorted by: as chosen, or the name when the address names none the list knows. */
    private static String sortOf(ParticipantFilter filter) {
        return filter.getSort() != null && SORTS.containsKey(filter.getSort()) ? filter.getSort() : "name";
    }

    /** The list's order on its {@link #source}: with a search text, the best matches first, each kind as chosen. */
    private static String order(ParticipantFilter filter) {
        String chosen = chosenOrder(filter);
        return filter.getQ() == null || filter.getQ().isBlank() ? chosen : "p.rank desc, " + chosen;
    }

    @Transactional(readOnly = true)
    Page<ParticipantRow> search(ParticipantFilter filter) {
        ListQuery query = new ListQuery().totalKeptBy(kept);
        String from = source(filter, query, true);
        return query.page(jdbc, COLUMNS, from, order(filter), filter.getPage() - 1, PAGE_SIZE, ROW);
    }

    /** The filtered people after the one with id {@code after}, by id: the API's pages. */
    @Transactional(readOnly = true)
    List<ParticipantRow> after(ParticipantFilter filter, Long after, int limit) {
        ListQuery query = new ListQuery();
        String from = source(filter, query, false);
        return query.after(jdbc, COLUMNS, from, "p.id", after, limit, ROW);
    }

    /** Up to ten people to enrol, for search-as-you-type. */
    @Transactional(readOnly = true)
    List<ParticipantRow> quickSearch(String text) {
        ParticipantFilter filter = new ParticipantFilter();
        filter.setQ(text);
        ListQuery query = new ListQuery();
        String from = source(filter, query, true);
        return jdbc.query(
                COLUMNS + " from " + from + query.whereClause() + " order by " + order(filter)
                        + " limit :limit offset :offset",
                query.params().addValue("limit", 10).addValue("offset", 0),
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
