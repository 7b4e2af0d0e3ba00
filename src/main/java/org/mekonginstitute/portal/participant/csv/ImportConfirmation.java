package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A preview imported, all or nothing: new records for the lines to create, in one batch as the registry writes
 * every new participant, then everyone the lines name enrolled in the activity, in another. Refused while lines
 * have problems (unless only the valid lines are to be imported), or when the registry changed since the preview
 * in a way its matches did not foresee.
 */
@Slf4j
@Component
@RequiredArgsConstructor
class ImportConfirmation {

    private final LineReader lines;
    private final ParticipantService participants;
    private final EnrolmentService enrolments;

    /** People written per batch statement, between two reports of progress. */
    static final int PART = 2000;

    /** How far an import has come, in lines of the file imported, of all to import. */
    interface Progress {
        void lines(int done, int total);
    }

    /** Imports the preview with the choices made; must run in the caller's transaction. */
    ImportResult confirm(ParticipantImport preview, boolean onlyValid, String user, Progress progress) {
        preview.checkProblems(onlyValid);
        ParticipantImport.Plan plan = preview.plan();
        if (!participants.allRegistered(plan.existing())) {
            throw refused(Text.of("participant.import.refused.merged"));
        }
        List<ParticipantDetails> toCreate = lines.details(plan.toCreate());
        checkEmailsFree(toCreate);
        int lineCount = plan.toCreate().size() + plan.usingExisting();
        boolean enrolling = preview.activityId() != null;
        // Work in writes: each new person, then each person enrolled; reported in lines of the file.
        int work = toCreate.size() + (enrolling ? plan.existing().size() + toCreate.size() : 0);
        int[] written = {0};
        Runnable report =
                () -> progress.lines(work == 0 ? lineCount : (int) ((long) written[0] * lineCount / work), lineCount);
        List<Long> created = new java.util.ArrayList<>();
        for (int from = 0; from < toCreate.size(); from += PART) {
            created.addAll(create(toCreate.subList(from, Math.min(toCreate.size(), from + PART)), user));
            written[0] = created.size();
            report.run();
        }
        int enrolled = 0;
        int alreadyEnrolled = 0;
        Optional<String> warning = Optional.empty();
        if (enrolling) {
            Set<Long> people = new LinkedHashSet<>(plan.existing());
            people.addAll(created);
            List<Long> everyone = List.copyOf(people);
            for (int from = 0; from < everyone.size(); from += PART) {
                List<Long> part = everyone.subList(from, Math.min(everyone.size(), from + PART));
                enrolled += enrolments.enrolAll(
                        preview.activityId(),
                        part,
                        Objects.requireNonNullElse(preview.role(), EnrolmentRole.PARTICIPANT),
                        Objects.requireNonNullElse(preview.status(), AttendanceStatus.REGISTERED),
                        user);
                written[0] += part.size();
                report.run();
            }
            alreadyEnrolled = people.size() - enrolled;
            warning = enrolments.targetWarning(preview.activityId());
        }
        log.info(
                "Import {} confirmed by {}: {} created, {} existing, {} enrolled, {} skipped",
                preview.id(),
                user,
                created.size(),
                plan.usingExisting(),
                enrolled,
                plan.skipped());
        return new ImportResult(
                created.size(),
                plan.usingExisting(),
                enrolled,
                alreadyEnrolled,
                plan.skipped(),
                preview.activityId(),
                warning);
    }

    /** Refuses the import when someone registered one of the new people's emails since the preview. */
    private void checkEmailsFree(List<ParticipantDetails> people) {
        List<String> taken = participants.registeredEmails(people.stream()
                .map(ParticipantDetails::email)
                .filter(Objects::nonNull)
                .map(email -> email.toLowerCase(Locale.ROOT))
                .toList());
        if (!taken.isEmpty()) {
            throw registeredSincePreview(taken);
        }
    }

    /** New people in one batch; an email registered in the meantime (a race) refuses the import. */
    private List<Long> create(List<ParticipantDetails> people, String user) {
        try {
            return participants.createAll(people, user);
        } catch (DuplicateKeyException race) {
            throw registeredSincePreview(List.of(Text.of("participant.import.refused.oneOfTheEmails")));
        }
    }

    private static InvalidInput registeredSincePreview(List<String> emails) {
        String named = String.join(", ", emails.size() > 5 ? emails.subList(0, 5) : emails);
        return refused(
                emails.size() > 5
                        ? Text.of("participant.import.refused.registered.more", named)
                        : Text.of("participant.import.refused.registered", named));
    }

    private static InvalidInput refused(String why) {
        return new InvalidInput(List.of(new InvalidInput.Problem(null, Text.of("participant.import.refused", why))));
    }
}
