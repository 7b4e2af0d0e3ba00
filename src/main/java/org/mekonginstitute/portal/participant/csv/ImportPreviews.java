package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Choice;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Row;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Previews kept between upload and confirmation in {@code participant_import}: the lines as JSON, the choices made
 * for them apart (so that changing one does not rewrite them all). Each is its uploader's, for a day.
 */
@Component
@RequiredArgsConstructor
class ImportPreviews {

    /** How long a preview waits for confirmation. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;

    /** A preview waiting for its uploader, as the upload page lists it. */
    record Waiting(
            UUID id, String fileName, int rows, int problems, Instant createdAt, String activityTitle, String state) {

        /** What the list says of it besides its lines: being checked, being imported, failed, or nothing. */
        public String stateText() {
            return switch (state) {
                case "CHECKING" -> Text.of("participant.import.waiting.checking");
                case "IMPORTING" -> Text.of("participant.import.waiting.importing");
                case "FAILED" -> Text.of("participant.import.waiting.failed");
                default -> null;
            };
        }
    }

    /** An uploaded file waiting for its lines to be checked: the preview, its lines still to come. */
    void save(ParticipantImport preview, byte[] file, int lines) {
        jdbc.update(
                """
                insert into participant_import (id, file_name, activity_id, enrol_role, enrol_status, rows, choices, row_count,
                                                problem_count, duplicate_count, created_by, created_at, state, file,
                                                progress_total, heartbeat_at)
                values (:id, :file, :activity, :role, :status, cast(:rows as jsonb), '{}'::jsonb, :rowCount, :problems,
                        :duplicates, :by, :at, 'CHECKING', :bytes, :rowCount, :at)""",
                new MapSqlParameterSource()
                        .addValue("id", preview.id())
                        .addValue("file", preview.fileName())
                        .addValue("activity", preview.activityId())
                        .addValue(
                                "role",
                                preview.role() == null ? null : preview.role().name())
                        .addValue(
                                "status",
                                preview.status() == null
                                        ? null
                                        : preview.status().name())
                        .addValue("rows", "[]")
                        .addValue("bytes", file)
                        .addValue("rowCount", lines)
                        .addValue("problems", preview.problemCount())
                        .addValue("duplicates", preview.duplicateCount())
                        .addValue("by", preview.createdBy())
                        .addValue("at", Timestamp.from(preview.createdAt())));
    }

    /** The lines checked: the preview waits for its uploader; the file is not kept any longer. */
    void checked(UUID id, List<Row> rows, long problems, long duplicates) {
        jdbc.update(
                """
                update participant_import
                set rows = cast(:rows as jsonb), problem_count = :problems, duplicate_count = :duplicates,
                    state = 'READY', file = null, progress_done = progress_total
                where id = :id and state = 'CHECKING'""",
                new MapSqlParameterSource("id", id)
                        .addValue("rows", json.writeValueAsString(rows))
                        .addValue("problems", problems)
                        .addValue("duplicates", duplicates));
    }

    /** An uploaded file still to check, with where its people go; empty once discarded. */
    record Upload(byte[] file, Long activityId) {}

    java.util.Optional<Upload> upload(UUID id) {
        return jdbc
                .query(
                        "select file, activity_id from participant_import where id = :id and state = 'CHECKING'",
                        Map.of("id", id),
                        (rs, n) -> new Upload(rs.getBytes("file"), (Long) rs.getObject("activity_id")))
                .stream()
                .findFirst();
    }

    /** A checked preview handed over to be imported, and whether only its valid lines are to be. */
    record Confirmed(ParticipantImport preview, boolean onlyValid) {}

    java.util.Optional<Confirmed> confirmed(UUID id) {
        return jdbc
                .query("""
                        select id, file_name, activity_id, enrol_role, enrol_status, rows, choices, created_by,
                               created_at, only_valid
                        from participant_import where id = :id and state = 'IMPORTING'""", Map.of("id", id), (rs, n) -> new Confirmed(preview(rs), rs.getBoolean("only_valid")))
                .stream()
                .findFirst();
    }

    /** A preview of this user's, checked and not imported, not older than a day; anyone else's is not found. */
    ParticipantImport get(UUID id, String user) {
        List<ParticipantImport> found = jdbc.query(
                """
                select id, file_name, activity_id, enrol_role, enrol_status, rows, choices, created_by, created_at
                from participant_import where id = :id and created_by = :user and created_at > :since
                  and state <> 'CHECKING' and state <> 'DONE'""",
                new MapSqlParameterSource("id", id).addValue("user", user).addValue("since", since()),
                (rs, n) -> preview(rs));
        return found.stream().findFirst().orElseThrow(() -> new NotFoundException("Import", id));
    }

    /** This user's previews still waiting, latest first. */
    List<Waiting> waiting(String user) {
        return jdbc.query(
                """
                select i.id, i.file_name, i.row_count, i.problem_count, i.created_at, a.title, i.state
                from participant_import i left join activity a on a.id = i.activity_id
                where i.created_by = :user and i.created_at > :since and i.state <> 'DONE'
                order by i.created_at desc limit 10""",
                new MapSqlParameterSource("user", user).addValue("since", since()),
                (rs, n) -> new Waiting(
                        rs.getObject("id", UUID.class),
                        rs.getString("file_name"),
                        rs.getInt("row_count"),
                        rs.getInt("problem_count"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("title"),
                        rs.getString("state")));
    }

    /** Adds choices (line → code, as {@link Choice#code()} writes it) to those kept. */
    void addChoices(UUID id, Map<String, String> choices) {
        if (!choices.isEmpty()) {
            jdbc.update(
                    "update participant_import set choices = choices || cast(:choices as jsonb)"
                            + " where id = :id and state = 'READY'",
                    new MapSqlParameterSource("id", id).addValue("choices", json.writeValueAsString(choices)));
        }
    }

    void discard(UUID id, String user) {
        jdbc.update(
                """
                delete from participant_import
                where id = :id and created_by = :user and (state <> 'IMPORTING' or heartbeat_at < :stale)""",
                Map.of(
                        "id",
                        id,
                        "user",
                        user,
                        "stale",
                        Timestamp.from(Instant.now(clock).minus(ImportStatus.STALE_AFTER))));
    }

    /** Deletes the previews older than a day; returns how many. */
    int removeStale() {
        return jdbc.update("delete from participant_import where created_at <= :since", Map.of("since", since()));
    }

    private ParticipantImport preview(ResultSet rs) throws SQLException {
        String role = rs.getString("enrol_role");
        String status = rs.getString("enrol_status");
        return new ParticipantImport(
                rs.getObject("id", UUID.class),
                rs.getString("file_name"),
                (Long) rs.getObject("activity_id"),
                role == null ? null : EnrolmentRole.valueOf(role),
                status == null ? null : AttendanceStatus.valueOf(status),
                json.readValue(rs.getString("rows"), new TypeReference<List<Row>>() {}),
                choices(rs.getString("choices")),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private Map<Integer, Choice> choices(String stored) {
        Map<String, String> codes = json.readValue(stored, new TypeReference<Map<String, String>>() {});
        Map<Integer, Choice> choices = new HashMap<>();
        codes.forEach((line, code) -> {
            Choice choice = Choice.parse(code);
            if (choice != null) {
                choices.put(Integer.valueOf(line), choice);
            }
        });
        return choices;
    }

    private Timestamp since() {
        return Timestamp.from(Instant.now(clock).minus(KEPT_FOR));
    }
}
