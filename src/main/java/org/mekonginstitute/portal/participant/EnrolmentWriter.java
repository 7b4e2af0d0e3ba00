package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Writes new enrolments: the one person enrolled from an activity's page and the thousands of an import alike, in
 * one statement (for the same reason as {@link ParticipantWriter}).
 */
@Component
@RequiredArgsConstructor
class EnrolmentWriter {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /**
     * Enrols each person once, recorded as done by {@code by}: someone enrolled already stays as they are. Returns
     * how many were enrolled.
     */
    int insert(
            long activityId, Collection<Long> participantIds, EnrolmentRole role, AttendanceStatus status, String by) {
        if (participantIds.isEmpty()) {
            return 0;
        }
        // One statement for them all (see ParticipantWriter), which counts exactly those it enrolled.
        return jdbc.update(
                """
                insert into enrolment (participant_id, activity_id, role, status, created_at, created_by, updated_at,
                                       updated_by)
                select person, :activity, :role, :status, :at, :by, :at, :by
                from unnest(cast(:people as bigint[])) with ordinality as p (person, n)
                order by n
                on conflict (activity_id, participant_id) do nothing""",
                new MapSqlParameterSource()
                        .addValue("people", participantIds.stream().distinct().toArray(Long[]::new))
                        .addValue("activity", activityId)
                        .addValue("role", role.name())
                        .addValue("status", status.name())
                        .addValue("at", Timestamp.from(Instant.now(clock)))
                        .addValue("by", by));
    }
}
