package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.csv.ImportPreviews.Waiting;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
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
 * Participants from a CSV file, optionally enrolled in an activity: the file is refused at once when it cannot be
 * imported at all, otherwise kept and every line checked and matched against the registry in the background (the
 * preview, kept for a day); once confirmed, imported in the background in one transaction, all or nothing unless
 * the user chose to leave out the lines with problems. {@link ImportProgress} tells how far each has come.
 */
@Slf4j
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class ParticipantImportService {

    static final int MAX_ROWS = 10_000;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final ImportPreviews previews;
    private final ImportProgress progress;
    private final ImportJobs jobs;
    private final ActivityService activities;
    private final Clock clock;

    /** Where the people go: the registry only, or also an activity in a role and status. */
    record Target(Long activityId, EnrolmentRole role, AttendanceStatus status) {

        static Target registryOnly() {
            return new Target(null, null, null);
        }
    }

    /**
     * Keeps a file for its lines to be checked in the background, the preview to come. A file that cannot be read at
     * all (see {@link Csv#read}) or lacks a required column is refused at once with {@link Csv.Unreadable}; problems
     * of single lines are part of the preview.
     */
    @Transactional
    UUID upload(String fileName, byte[] bytes, Target target, String user) {
        previews.removeStale();
        if (bytes.length > MAX_BYTES) {
            throw new Csv.Unreadable(Text.of(
                    "participant.import.tooLarge", String.format(Locale.ROOT, "%.1f", bytes.length / 1024.0 / 1024.0)));
        }
        if (target.activityId() != null) {
            activities.get(target.activityId());
        }
        Csv.Table table = Csv.read(bytes, MAX_ROWS);
        ImportHeader.columns(table.header()); // refuses a file without a required column
        if (table.rows().isEmpty()) {
            throw new Csv.Unreadable(Text.of("participant.import.noLines"));
        }
        ParticipantImport upload = new ParticipantImport(
                UUID.randomUUID(),
                fileName(fileName),
                target.activityId(),
                target.role(),
                target.status(),
                List.of(),
                Map.of(),
                user,
                Instant.now(clock));
        previews.save(upload, bytes, table.rows().size());
        jobs.check(upload.id());
        log.info(
                "Import {} of {} lines uploaded by {}",
                upload.id(),
                table.rows().size(),
                user);
        return upload.id();
    }

    /** Where this user's import stands; anyone else's is not found. */
    ImportStatus status(UUID id, String user) {
        return progress.status(id, user);
    }

    /** A checked preview of this user's, not older than a day and not imported; anyone else's is not found. */
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
     * Keeps the choices made and hands the preview over to be imported in the background, as {@link
     * ImportConfirmation} tells; the preview's lines are gone once imported. Lines with problems refuse it at once,
     * unless only the valid lines are to be imported; so does a preview not waiting for confirmation (being imported
     * or imported already).
     */
    @Transactional
    void confirm(UUID id, String user, boolean onlyValid, Map<Integer, String> typed) {
        ParticipantImport preview = get(id, user);
        preview.checkProblems(onlyValid);
        previews.addChoices(id, preview.allowedChoices(typed));
        if (!progress.confirm(id, user, onlyValid)) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(null, Text.of("participant.import.twice"))));
        }
        jobs.importPreview(id);
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
