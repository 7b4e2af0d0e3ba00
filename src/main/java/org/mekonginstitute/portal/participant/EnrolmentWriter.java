package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

/**
 * Writes new enrolments: the one person enrolled from an activity's page and the thousands of an import alike, in
 * one batch statement (for the same reason as {@link ParticipantWriter}).
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
        Timestamp now = Timestamp.from(Instant.now(clock));
        SqlParameterSource[] batch = participantIds.stream()
                .map(person -> new MapSqlParameterSource()
                        .addValue("participant", person)
                        .addValue("activity", activityId)
                        .addValue("role", role.name())
                        .addValue("status", status.name())
                        .addValue("at", now)
                        .addValue("by", by))
                .toArray(SqlParameterSource[]::new);
        int[] counts = jdbc.batchUpdate("""
                insert into enrolment (participant_id, activity_id, role, status, created_at, created_by, updated_at, updated_by)
                values (:participant, :activity, :role, :status, :at, :by, :at, :by)
                on conflict (activity_id, participant_id) do nothing""", batch);
        return Arrays.stream(counts).map(c -> Math.max(c, 0)).sum();
    }
}
