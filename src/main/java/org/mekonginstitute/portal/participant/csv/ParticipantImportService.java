package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.csv.ImportPreviews.Waiting;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Row;
import org.mekonginstitute.portal.shared.Csv;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Participants from a CSV file, optionally enrolled in an activity: the file is read and every line checked and
 * matched against the registry (the preview, kept for a day), then imported in one transaction, all or nothing
 * unless the user chose to leave out the lines with problems.
 */
@Slf4j
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class ParticipantImportService {

    static final int MAX_ROWS = 10_000;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final LineReader lines;
    private final LineMatcher matcher;
    private final ImportPreviews previews;
    private final ImportConfirmation confirmation;
    private final ActivityService activities;
    private final Clock clock;

    /** Where the people go: the registry only, or also an activity in a role and status. */
    record Target(Long activityId, EnrolmentRole role, AttendanceStatus status) {

        static Target registryOnly() {
            return new Target(null, null, null);
        }
    }

    /**
     * Reads and checks a file and keeps it as a preview. A file that cannot be read at all (see {@link Csv#read})
     * or lacks a required column is refused with {@link Csv.Unreadable}; problems of single lines are part of the
     * preview.
     */
    @Transactional
    UUID preview(String fileName, byte[] bytes, Target target, String user) {
        previews.removeStale();
        if (bytes.length > MAX_BYTES) {
            throw new Csv.Unreadable(String.format(
                    Locale.ROOT,
                    "The file is %.1f MB; at most 5 MB can be imported at once. Split it into smaller files.",
                    bytes.length / 1024.0 / 1024.0));
        }
        if (target.activityId() != null) {
            activities.get(target.activityId());
        }
        Csv.Table table = Csv.read(bytes, MAX_ROWS);
        Map<ParticipantColumn, Integer> columns = ImportHeader.columns(table.header());
        if (table.rows().isEmpty()) {
            throw new Csv.Unreadable("The file has a header but no participants under it.");
        }
        List<Row> rows = matcher.match(lines.read(table, columns), target.activityId());
        ParticipantImport preview = new ParticipantImport(
                UUID.randomUUID(),
                fileName(fileName),
                target.activityId(),
                target.role(),
                target.status(),
                rows,
                Map.of(),
                user,
                Instant.now(clock));
        previews.save(preview);
        log.info(
                "Import preview {} of {} lines ({} with problems) by {}",
                preview.id(),
                rows.size(),
                preview.problemCount(),
                user);
        return preview.id();
    }

    /** A preview of this user's, not older than a day; anyone else's is not found. */
    ParticipantImport get(UUID id, String user) {
        return previews.get(id, user);
    }

    /** This user's previews still waiting, latest first. */
    List<Waiting> waiting(String user) {
        return previews.waiting(user);
    }

    /** Keeps the choices made for some lines (those a line does not allow are ignored). */
    @Transactional
    void choose(UUID id, String user, Map<Integer, String> typed) {
        previews.addChoices(id, get(id, user).allowedChoices(typed));
    }

    /**
     * Imports the preview in one transaction, as {@link ImportConfirmation} tells; the preview is gone afterwards.
     */
    @Transactional
    ImportResult confirm(UUID id, String user, boolean onlyValid, Map<Integer, String> typed) {
        previews.lock(id, user);
        ImportResult result = confirmation.confirm(get(id, user).withChoices(typed), onlyValid, user);
        previews.delete(id);
        return result;
    }

    @Transactional
    void discard(UUID id, String user) {
        previews.discard(id, user);
    }

    /** Previews not confirmed within a day are deleted: they hold personal data nobody imported. */
    @Scheduled(cron = "0 17 * * * *")
    @Transactional
    public int removeStale() {
        return previews.removeStale();
    }

    private static String fileName(String name) {
        String base = name == null || name.isBlank() ? "participants.csv" : name.replaceAll(".*[/\\\\]", "");
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
