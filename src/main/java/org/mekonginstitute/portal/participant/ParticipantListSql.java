package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The participant list in SQL: the search by name, email and organisation (any script, diacritics ignored), the
 * filters and the order, for the page, the API and the CSV export alike. {@link ParticipantQueries} runs it.
 */
final class ParticipantListSql {

    private static final Map<String, String> SORTS = Map.of(
            "name", "p.family_name %s nulls last, p.given_name %s",
            "country", "p.country %s, p.family_name %<s",
            "organisation", "p.organisation_name %s nulls last",
            "updated", "p.updated_at %s");

    /** The bit mask of every word searched for, beyond the 62nd left out: worked out once per statement. */
    private static final String EVERY_WORD = "(1::bigint << (select least(cardinality(portal_words(:text)), 62))) - 1";

    /**
     * Where each word searched for is the start of a word of a person (their name, email or organisation, folded as
     * the search is: see migration V46), grouped by {@code %1$s} and kept when every word is found: one range of the
     * word index per word searched for, read from the index alone, however many people there are. The words found
     * are marked in bit masks compared with the {@link #EVERY_WORD one worked out once}, not counted again for every
     * person found.
     */
    private static final String EVERY_WORD_FOUND = """
              from unnest(portal_words(:text)) with ordinality as t (term, i)
              join participant_word w
                on w.word >= (t.term collate "C") and w.word < ((t.term || chr(1114111)) collate "C") and t.i <= 62
             group by %1$s
            having bit_or(1::bigint << (t.i::int - 1)) = %2$s""";

    /** The people {@link #EVERY_WORD_FOUND every word searched for is found for}, by id alone: what is counted. */
    private static final String WORD_IDS =
            "select w.participant_id" + EVERY_WORD_FOUND.formatted("w.participant_id", EVERY_WORD);

    /**
     * The people {@link #EVERY_WORD_FOUND every word searched for is found for}, ranked: 4 when every word searched
     * for is a whole word of the name, 3 when one is, 2 for the start of one, 1 for an email or organisation only,
     * with their names to sort by (every word of a person holds them: migration V60).
     */
    private static final String WORD_HITS = """
            select w.participant_id,
                   case when bit_or(case when w.in_name and w.word = t.term then 1::bigint << (t.i::int - 1) else 0 end)
                             = %1$s then 4
                        when bool_or(w.in_name and w.word = t.term) then 3
                        when bool_or(w.in_name) then 2 else 1 end as rank,
                   w.family_name, w.given_name""".formatted(EVERY_WORD)
            + EVERY_WORD_FOUND.formatted("w.participant_id, w.family_name, w.given_name", EVERY_WORD);

    /**
     * The first of the people every word searched for is a whole word of the name of, in the list's order: the first
     * word's people from the index of names' words in name order (migration V61), {@link #SECOND_WORD met by} the
     * second word's when there are several, each kept when the words after those are words of their name too (the
     * word index's key), and no one looked at when one of those words is nobody's (a word still being typed).
     * The best matches of the commonest searches, a family name or a whole name, without grouping everyone whose
     * words start with one of them. Formatted with the position of the first word looked up person by person, the
     * order and the join, if any.
     */
    private static final String WHOLE_WORDS = """
            select w.participant_id, 4 as rank, w.family_name, w.given_name
              from participant_word w%3$s
             where w.in_name
               and w.word = ((select portal_words(:text))[1] collate "C")
               and not exists (select 1 from unnest((select portal_words(:text))[%1$s:]) as o (term)
                                where not exists (select 1 from participant_word x
                                                   where x.word = (o.term collate "C") and x.in_name))
               and not exists (select 1 from unnest((select portal_words(:text))[%1$s:]) as o (term)
                                where not exists (select 1 from participant_word x
                                                   where x.word = (o.term collate "C") and x.in_name
                                                     and x.participant_id = w.participant_id))
             order by %2$s
             limit :limit + :offset""";

    /**
     * The people the second word is a whole word of the name of, hashed once and met by the first word's, for a
     * search of several words: "le thi" finds the 654 people with both among the 3,271 Lê and the 6,585 with Thị in
     * their name, where looking each Lê up in turn, in name order, reads 2,321 before the page is full.
     */
    private static final String SECOND_WORD = """

              join participant_word second
                on second.participant_id = w.participant_id and second.in_name
               and second.word = ((select portal_words(:text))[2] collate "C")""";

    /**
     * The best {@code :limit + :offset} matches by name: the {@link #WHOLE_WORDS} when they fill that many, else the
     * {@link #WORD_HITS}, which are then worked out (a plan that never starts what its condition rules out).
     */
    private static final String BEST = """
            select * from whole where (select count(*) from whole) = :limit + :offset
            union all
            (select * from hits where (select count(*) from whole) < :limit + :offset
              order by rank desc, %s
              limit :limit + :offset)""";

    /**
     * The text anywhere in names, emails and organisations, through the trigram indexes: for the rest of a word
     * ("guyen") or a given name written without a space after the family name (Chinese), when no word starts with
     * the text. Needs three letters at least.
     */
    private static final String ANYWHERE = "(p.search_name like portal_fold(:anywhere)"
            + " or lower(p.email) like lower(:anywhere) or portal_fold(p.organisation_name) like portal_fold(:anywhere))";

    private static final String LOOKED_UP =
            " cross join lateral (select * from participant p where p.id = %s offset 0) p";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}]+");

    private ParticipantListSql() {}

    /** The conditions of a filtered participant list on {@code participant p}, as the CSV export applies them. */
    static ListQuery conditions(ParticipantFilter filter) {
        ListQuery query = new ListQuery();
        String text = textCondition(filter, query.params());
        if (text != null) {
            query.where(text);
        }
        return filters(filter, query);
    }

    /**
     * What the list reads from, as {@code p}, with the filters added to the query: with a search text, the people it
     * finds and how well (see {@link #WORD_HITS}; 0 for a match found anywhere), for the best matches to come first.
     * Each match is looked up by its id: joined plainly, PostgreSQL expects many matches and reads the whole
     * registry in id order to meet them ("offset 0" keeps the lookup from being turned back into that join). A
     * {@code paged} read that {@link #takesBestByName takes the best matches by name} looks up only the {@link #BEST}
     * ones, for a page that ends at {@code :limit + :offset}: a page of "nguyen" (3,391 of 200,000 people) reads 25
     * people, not 3,391. It also sets what the page's count reads from.
     */
    static String source(ParticipantFilter filter, ListQuery query, boolean paged) {
        String q = searchText(filter, query.params());
        filters(filter, query);
        if (q == null) {
            return "participant p";
        }
        String hits = "hits as (" + WORD_HITS + ")";
        if (!(paged && takesBestByName(filter))) {
            return found(
                    q, hits, "p.*, hits.rank from hits" + LOOKED_UP.formatted("hits.participant_id"), "hits", "p.*, 0");
        }
        query.countFrom(found(q, "ids as (" + WORD_IDS + ")", "participant_id from ids", "ids", "p.id"));
        String names = nameOrder(filter);
        String whole =
                severalWords(q) ? WHOLE_WORDS.formatted(3, names, SECOND_WORD) : WHOLE_WORDS.formatted(2, names, "");
        String best = hits + ", whole as (" + whole + "), best as (" + BEST.formatted(names) + ")";
        return found(
                q, best, "p.*, best.rank from best" + LOOKED_UP.formatted("best.participant_id"), "best", "p.*, 0");
    }

    /** The order chosen on the list, on {@code participant p}. */
    static String chosenOrder(ParticipantFilter filter) {
        String dir = filter.descending() ? "desc" : "asc";
        return String.format(SORTS.get(sortOf(filter)), dir, dir) + ", p.id";
    }

    /** The list's order on its {@link #source}: with a search text, the best matches first, each kind as chosen. */
    static String order(ParticipantFilter filter) {
        String chosen = chosenOrder(filter);
        return searches(filter) ? "p.rank desc, " + chosen : chosen;
    }

    /** Whether the list is searched for a text, not only filtered. */
    static boolean searches(ParticipantFilter filter) {
        return filter.getQ() != null && !filter.getQ().isBlank();
    }

    /** The search text as a condition on {@code participant p} (its parameters added), or null without one. */
    private static String textCondition(ParticipantFilter filter, MapSqlParameterSource params) {
        String q = searchText(filter, params);
        if (q == null) {
            return null;
        }
        String words = "p.id in (" + WORD_IDS + ")";
        return searchesAnywhere(q) ? "(" + words + " or (not exists (" + WORD_IDS + ") and " + ANYWHERE + "))" : words;
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

    /**
     * Whether the text holds more than one word, as the search splits it (at spaces and punctuation). Only the choice
     * of {@link #WHOLE_WORDS}' plan hangs on it: when the database finds a single word after all, the second word's
     * join finds no one and the page is made from the {@link #WORD_HITS}, as for any page the whole words do not fill.
     */
    private static boolean severalWords(String q) {
        return SEPARATORS
                        .splitAsStream(q)
                        .filter(word -> !word.isEmpty())
                        .limit(2)
                        .count()
                > 1;
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
     * The people a search finds, as {@code p}: {@code with <ctes> select <selected>}, or when {@code matches} (one
     * of the ctes) holds none, the {@code anywhere} columns of the people the text is found anywhere in.
     */
    private static String found(String q, String ctes, String selected, String matches, String anywhere) {
        String none = searchesAnywhere(q)
                ? " union all select " + anywhere + " from participant p where not exists (select 1 from " + matches
                        + ") and " + ANYWHERE
                : "";
        return "(with " + ctes + " select " + selected + none + ") p";
    }

    /** A search in name order with no filter besides: its page is the best matches by name, as the words have them. */
    private static boolean takesBestByName(ParticipantFilter filter) {
        return "name".equals(sortOf(filter))
                && (filter.getCountry() == null || filter.getCountry().isBlank())
                && filter.getGender() == null
                && filter.getOrganisationType() == null;
    }

    /** The list's order by name ({@link #SORTS}) on the words' names, after the rank. */
    private static String nameOrder(ParticipantFilter filter) {
        String dir = filter.descending() ? "desc" : "asc";
        return String.format("family_name %s nulls last, given_name %s, participant_id", dir, dir);
    }

    /** The column the list is sorted by: as chosen, or the name when the address names none the list knows. */
    private static String sortOf(ParticipantFilter filter) {
        return filter.getSort() != null && SORTS.containsKey(filter.getSort()) ? filter.getSort() : "name";
    }
}
