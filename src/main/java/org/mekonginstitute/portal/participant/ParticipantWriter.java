package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes new participants to the registry: the one person of the registry's form and the thousands of an import
 * alike, in one batch statement, with ids drawn from the table's sequence beforehand. (Hibernate cannot batch
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
        Timestamp now = Timestamp.from(Instant.now(clock));
        SqlParameterSource[] batch = new SqlParameterSource[people.size()];
        for (int i = 0; i < people.size(); i++) {
            batch[i] = row(people.get(i))
                    .addValue("id", ids.get(i))
                    .addValue("at", now)
                    .addValue("by", by);
        }
        jdbc.batchUpdate("""
                insert into participant (id, title, given_name, family_name, gender, country, organisation_name,
                                         organisation_type, organisation_id, position, seniority, email, phone,
                                         consent_to_contact, created_at, created_by, updated_at, updated_by)
                values (:id, :title, :given, :family, :gender, :country, :orgName, :orgType, :orgId, :position,
                        :seniority, :email, :phone, :consent, :at, :by, :at, :by)""", batch);
        return ids;
    }

    private static MapSqlParameterSource row(Participant p) {
        return new MapSqlParameterSource()
                .addValue("title", p.getTitle())
                .addValue("given", p.getGivenName())
                .addValue("family", p.getFamilyName())
                .addValue("gender", p.getGender().name())
                .addValue("country", p.getCountry())
                .addValue("orgName", p.getOrganisationName())
                .addValue("orgType", name(p.getOrganisationType()))
                .addValue(
                        "orgId",
                        p.getOrganisation() == null ? null : p.getOrganisation().getId())
                .addValue("position", p.getPosition())
                .addValue("seniority", name(p.getSeniority()))
                .addValue("email", p.getEmail())
                .addValue("phone", p.getPhone())
                .addValue("consent", p.isConsentToContact());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
