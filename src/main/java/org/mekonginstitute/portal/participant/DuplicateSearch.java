package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The people someone may already be in the registry: same email, or (when nobody has the email) a similar name in
 * the same country. With the email of someone else, only that person counts: a new record cannot take it anyway.
 * Similar names are looked up among the country's distinct names ({@code participant_name}, kept by the database as
 * people come, change and go), far fewer than its people, and their people found by name after.
 */
@Component
@RequiredArgsConstructor
class DuplicateSearch {

    /** How alike two folded names must be to count as a probable duplicate (trigram similarity, 0–1). */
    static final double NAME_SIMILARITY = 0.55;

    /** People looked up per statement. */
    private static final int BATCH = 1000;

    static final String MATCHES = """
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
                           p.email, 'name', named.similarity
                    from (   -- similar names, then the people who bear them in the country
                        select nm.country, nm.search_name, similarity(nm.search_name, i.name) as similarity
                        from participant_name nm
                        where nm.search_name % i.name and similarity(nm.search_name, i.name) >= :threshold
                          and (i.email is null or not exists (
                              select 1 from participant e where lower(e.email) = i.email and e.id <> :exclude))
                        offset 0   -- looked up by the name's trigrams, not by going through the country's names
                    ) named
                    cross join lateral (
                        select * from participant p
                        where p.country = named.country and p.search_name = named.search_name
                          and p.anonymised_at is null and p.id <> :exclude
                        order by p.id limit 5) p
                    where named.country = i.country
                    order by 7 desc, 1 limit 5) similar_names
            ) m
            order by i.n, m.similarity desc, m.id""";

    /**
     * The settings {@link #MATCHES} runs with, for its transaction only. The trigram index leaves out names below the
     * threshold itself, instead of handing over every name with a few trigrams in common (pg_trgm's default 0.3) to be
     * compared one by one: several times faster. And the indexes are used however few people are registered:
     * PostgreSQL reckons a name comparison as cheap as comparing two numbers, so on a small registry it would compare
     * each name with everyone's, in every country (a thousand lines against sixty people: 190 ms instead of 35).
     */
    static final String SETTINGS = "select set_config('pg_trgm.similarity_threshold', :threshold, true),"
            + " set_config('enable_seqscan', 'off', true)";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    /**
     * The probable duplicates of many people at once (a CSV import), each looked up exactly as a single new
     * participant is, in one statement per thousand people. One list per person, in their order; {@code excludeId}
     * (a registered person looking for their own duplicates) is never a match.
     */
    @Transactional(readOnly = true)
    List<List<DuplicateMatch>> of(List<PersonToMatch> people, Long excludeId) {
        List<List<DuplicateMatch>> matches = new ArrayList<>();
        people.forEach(person -> matches.add(new ArrayList<>()));
        jdbc.queryForMap(SETTINGS, Map.of("threshold", String.valueOf(NAME_SIMILARITY)));
        for (int from = 0; from < people.size(); from += BATCH) {
            MapSqlParameterSource params = new MapSqlParameterSource()
                    .addValue("input", json.writeValueAsString(input(people, from)))
                    .addValue("exclude", excludeId == null ? -1L : excludeId)
                    .addValue("threshold", NAME_SIMILARITY);
            jdbc.query(MATCHES, params, (RowCallbackHandler) rs -> matches.get(rs.getInt("n"))
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

    /** The batch of people from {@code from} as the statement reads them: number, email, name, country. */
    private static List<Map<String, Object>> input(List<PersonToMatch> people, int from) {
        List<Map<String, Object>> input = new ArrayList<>();
        for (int n = from; n < Math.min(people.size(), from + BATCH); n++) {
            PersonToMatch person = people.get(n);
            Map<String, Object> item = new HashMap<>();
            item.put("n", n);
            item.put(
                    "email",
                    person.email() == null || person.email().isBlank()
                            ? null
                            : person.email().strip());
            item.put("name", stripped(person.givenName()) + " " + stripped(person.familyName()));
            item.put("country", person.country());
            input.add(item);
        }
        return input;
    }

    private static String stripped(String name) {
        return name == null ? "" : name.strip();
    }
}
