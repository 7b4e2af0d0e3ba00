package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.csv.ImportStatus.State;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The state and progress of imports, kept with their previews in {@code participant_import} so that every page, tab
 * and instance sees them. What the work reports is written in a transaction of its own, seen at once while the
 * import's own transaction is still open (hence at most two connections for an import).
 */
@Component
@RequiredArgsConstructor
class ImportProgress {

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    /** This user's import, not older than a day; anyone else's is not found. */
    @Transactional(readOnly = true)
    ImportStatus status(UUID id, String user) {
        Instant now = Instant.now(clock);
        List<ImportStatus> found = jdbc.query(
                """
                select id, file_name, activity_id, state, started_at, heartbeat_at, progress_done, progress_total,
                       failure, result
                from participant_import where id = :id and created_by = :user and created_at > :since""",
                new MapSqlParameterSource("id", id)
                        .addValue("user", user)
                        .addValue("since", Timestamp.from(now.minus(ImportPreviews.KEPT_FOR))),
                (rs, n) -> {
                    State state = State.valueOf(rs.getString("state"));
                    Timestamp heartbeat = rs.getTimestamp("heartbeat_at");
                    String result = rs.getString("result");
                    return new ImportStatus(
                            rs.getObject("id", UUID.class),
                            rs.getString("file_name"),
                            (Long) rs.getObject("activity_id"),
                            state,
                            rs.getTimestamp("started_at") != null,
                            rs.getInt("progress_done"),
                            rs.getInt("progress_total"),
                            rs.getString("failure"),
                            ImportStatus.stale(state, heartbeat == null ? null : heartbeat.toInstant(), now),
                            result == null ? null : json.readValue(result, ImportResult.class));
                });
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("Import", id));
    }

    /**
     * Hands a checked preview over to be imported, unless it is not waiting for that (being checked, imported or
     * imported already): an import whose instance stopped may be started again. Returns whether it was handed over.
     */
    @Transactional
    boolean confirm(UUID id, String user, boolean onlyValid) {
        return jdbc.update(
                        """
                        update participant_import
                        set state = 'IMPORTING', only_valid = :onlyValid, started_at = null, heartbeat_at = :now,
                            progress_done = 0, failure = null
                        where id = :id and created_by = :user and created_at > :since
                          and (state = 'READY' or (state = 'IMPORTING' and heartbeat_at < :stale))""",
                        new MapSqlParameterSource("id", id)
                                .addValue("user", user)
                                .addValue("onlyValid", onlyValid)
                                .addValue("now", now())
                                .addValue(
                                        "stale",
                                        Timestamp.from(Instant.now(clock).minus(ImportStatus.STALE_AFTER)))
                                .addValue(
                                        "since",
                                        Timestamp.from(Instant.now(clock).minus(ImportPreviews.KEPT_FOR))))
                == 1;
    }

    /** The work on the import has begun on this instance. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void started(UUID id, int total) {
        jdbc.update("""
                update participant_import set started_at = :now, heartbeat_at = :now, progress_done = 0,
                                              progress_total = :total
                where id = :id""", Map.of("id", id, "now", now(), "total", total));
    }

    /** How far the work has come: seen at once, whatever transaction the work itself is in. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void advanced(UUID id, int done, int total) {
        jdbc.update("""
                update participant_import set progress_done = :done, progress_total = :total, heartbeat_at = :now
                where id = :id""", Map.of("id", id, "done", done, "total", total, "now", now()));
    }

    /** The imports this instance holds (doing or waiting to do) are still held. */
    @Transactional
    void heartbeat(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.update(
                    "update participant_import set heartbeat_at = :now where id in (:ids)",
                    Map.of("ids", ids, "now", now()));
        }
    }

    /**
     * The preview imported: its lines and file are gone (they hold personal data), the result waits to be shown.
     * Runs in the import's transaction, so that the import and its result are saved together.
     */
    void imported(UUID id, ImportResult result) {
        jdbc.update("""
                update participant_import
                set state = 'DONE', rows = '[]'::jsonb, choices = '{}'::jsonb, file = null,
                    progress_done = progress_total, result = cast(:result as jsonb), heartbeat_at = :now
                where id = :id""", Map.of("id", id, "result", json.writeValueAsString(result), "now", now()));
    }

    /** The work refused or stopped: why, and what to do, for the page to show. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(UUID id, String why) {
        jdbc.update(
                "update participant_import set state = 'FAILED', failure = :why, file = null where id = :id",
                Map.of("id", id, "why", why));
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
