package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes new participants to the registry: the one person of the registry's form and the thousands of an import
 * alike, in one statement, with ids drawn from the table's sequence beforehand. (Hibernate cannot batch
 * inserts into an identity column: persisting would cost a statement per person.)
 */
@Component
@RequiredArgsConstructor
class ParticipantWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** Inserts the people, recorded as created by {@code by}; returns their ids, in order. */
    List<Long> insert(List<Participant> people, String by) {
        if (people.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.queryForList(
                "select nextval(pg_get_serial_sequence('participant', 'id')) from generate_series(1, :n)",
                Map.of("n", people.size()),
                Long.class);
        // One statement for them all, each column as an array: the server plans and runs it once, and the
        // triggers written per statement see every new person at once.
        jdbc.update(
                """
                insert into participant (id, title, given_name, family_name, gender, country, organisation_name,
                                         organisation_type, organisation_id, position, seniority, email, phone,
                                         consent_to_contact, created_at, created_by, updated_at, updated_by)
                select id, title, given, family, gender, country, org_name, org_type, org_id, position, seniority,
                       email, phone, consent, :at, :by, :at, :by
                from unnest(cast(:ids as bigint[]), cast(:titles as varchar[]), cast(:given as varchar[]),
                            cast(:family as varchar[]), cast(:genders as varchar[]), cast(:countries as varchar[]),
                            cast(:orgNames as varchar[]), cast(:orgTypes as varchar[]), cast(:orgIds as bigint[]),
                            cast(:positions as varchar[]), cast(:seniorities as varchar[]), cast(:emails as varchar[]),
                            cast(:phones as varchar[]), cast(:consents as boolean[]))
                     as p (id, title, given, family, gender, country, org_name, org_type, org_id, position,
                           seniority, email, phone, consent)""",
                new MapSqlParameterSource()
                        .addValue("ids", ids.toArray(Long[]::new))
                        .addValue("titles", column(people, Participant::getTitle))
                        .addValue("given", column(people, Participant::getGivenName))
                        .addValue("family", column(people, Participant::getFamilyName))
                        .addValue("genders", column(people, p -> p.getGender().name()))
                        .addValue("countries", column(people, Participant::getCountry))
                        .addValue("orgNames", column(people, Participant::getOrganisationName))
                        .addValue("orgTypes", column(people, p -> name(p.getOrganisationType())))
                        .addValue(
                                "orgIds",
                                people.stream()
                                        .map(p -> p.getOrganisation() == null
                                                ? null
                                                : p.getOrganisation().getId())
                                        .toArray(Long[]::new))
                        .addValue("positions", column(people, Participant::getPosition))
                        .addValue("seniorities", column(people, p -> name(p.getSeniority())))
                        .addValue("emails", column(people, Participant::getEmail))
                        .addValue("phones", column(people, Participant::getPhone))
                        .addValue(
                                "consents",
                                people.stream()
                                        .map(Participant::isConsentToContact)
                                        .toArray(Boolean[]::new))
                        .addValue("at", Timestamp.from(Instant.now(clock)))
                        .addValue("by", by));
        return ids;
    }

    private static String[] column(List<Participant> people, Function<Participant, String> value) {
        return people.stream().map(value).toArray(String[]::new);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
