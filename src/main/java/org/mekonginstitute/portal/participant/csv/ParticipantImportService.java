package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.participant.csv.ImportPreviews.Waiting;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Row;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final ActivityService activities;
    private final Clock clock;

    /** Where the people go: the registry only, or also an activity in a role and status. */
    record Target(Long activityId, EnrolmentRole role, AttendanceStatus status) {

        static Target registryOnly() {
            return new Target(null, null, null);
        }
    }

    /** What a confirmed import did. */
    record Result(
            int created,
            int existing,
            int enrolled,
            int alreadyEnrolled,
            int skipped,
            Long activityId,
            Optional<String> targetWarning) {

        int imported() {
            return created + existing;
        }

        /** The import's outcome in a sentence or three, for the user. */
        String summary() {
            StringBuilder saved = new StringBuilder(String.format(
                    "Imported %,d participant%s: %,d new, %,d already registered.",
                    imported(), imported() == 1 ? "" : "s", created, existing));
            if (activityId != null) {
                saved.append(String.format(" %,d enrolled in the activity", enrolled));
                saved.append(
                        alreadyEnrolled == 0
                                ? "."
                                : String.format(
                                        ", %,d %s enrolled already.",
                                        alreadyEnrolled, alreadyEnrolled == 1 ? "was" : "were"));
            }
            if (skipped > 0) {
                saved.append(String.format(" %,d line%s left out.", skipped, skipped == 1 ? "" : "s"));
            }
            return saved.toString();
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
     * Imports the preview in one transaction: new records in one batch, enrolments in another. Refused while lines
     * have problems, unless {@code onlyValid}; then those lines are left out. The preview is gone afterwards.
     */
    @Transactional
    Result confirm(UUID id, String user, boolean onlyValid, Map<Integer, String> typed) {
        previews.lock(id, user);
        ParticipantImport preview = get(id, user).withChoices(typed);
        preview.checkProblems(onlyValid);
        ParticipantImport.Plan plan = preview.plan();
        if (!participants.allRegistered(plan.existing())) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(
                    null,
                    "Since the preview, someone it matched was merged into another record or removed. Nothing was"
                            + " imported: upload the file again to see the current matches.")));
        }
        List<Long> created = create(lines.details(plan.toCreate()), user);
        int enrolled = 0;
        int alreadyEnrolled = 0;
        Optional<String> warning = Optional.empty();
        if (preview.activityId() != null) {
            Set<Long> people = new LinkedHashSet<>(plan.existing());
            people.addAll(created);
            enrolled = enrolments.enrolAll(
                    preview.activityId(),
                    people,
                    Objects.requireNonNullElse(preview.role(), EnrolmentRole.PARTICIPANT),
                    Objects.requireNonNullElse(preview.status(), AttendanceStatus.REGISTERED),
                    user);
            alreadyEnrolled = people.size() - enrolled;
            warning = enrolments.targetWarning(preview.activityId());
        }
        previews.delete(id);
        Result result = new Result(
                created.size(),
                plan.usingExisting(),
                enrolled,
                alreadyEnrolled,
                plan.skipped(),
                preview.activityId(),
                warning);
        log.info(
                "Import {} confirmed by {}: {} created, {} existing, {} enrolled, {} skipped",
                id,
                user,
                created.size(),
                plan.usingExisting(),
                enrolled,
                plan.skipped());
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

    /** The new people in one batch, unless someone registered one of their emails since the preview. */
    private List<Long> create(List<ParticipantDetails> people, String user) {
        List<String> taken = participants.registeredEmails(people.stream()
                .map(ParticipantDetails::email)
                .filter(Objects::nonNull)
                .map(email -> email.toLowerCase(Locale.ROOT))
                .toList());
        if (!taken.isEmpty()) {
            throw registeredSincePreview(taken);
        }
        try {
            return participants.createAll(people, user);
        } catch (DuplicateKeyException race) {
            throw registeredSincePreview(List.of("one of the emails"));
        }
    }

    private static InvalidInput registeredSincePreview(List<String> emails) {
        return new InvalidInput(List.of(new InvalidInput.Problem(
                null,
                "Since the preview, someone registered "
                        + String.join(", ", emails.size() > 5 ? emails.subList(0, 5) : emails)
                        + (emails.size() > 5 ? " and others" : "")
                        + ". Nothing was imported: upload the file again to see the current matches.")));
    }

    private static String fileName(String name) {
        String base = name == null || name.isBlank() ? "participants.csv" : name.replaceAll(".*[/\\\\]", "");
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
