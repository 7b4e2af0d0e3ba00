package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.time.LocalDate;

/** Progress on an action plan as someone reports it: when, what happened, and the status it leaves the plan in. */
record Progress(LocalDate date, String note, ActionPlanStatus statusAfter) {

    static final int MAX_NOTE = 10_000;

    /** Refuses progress without a date or dated after {@code today}, without a note, or without a status after. */
    void check(LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(date == null, "updateDate", Text.of("participant.plan.progress.date.required"));
        problems.addIf(
                date != null && date.isAfter(today), "updateDate", Text.of("participant.plan.progress.date.future"));
        problems.addIf(note == null || note.isBlank(), "note", Text.of("participant.plan.progress.note.required"));
        problems.addIf(
                note != null && note.length() > MAX_NOTE, "note", Text.of("participant.plan.progress.note.long"));
        PlainText.problem(note).ifPresent(problem -> problems.add("note", problem));
        problems.addIf(statusAfter == null, "statusAfter", Text.of("participant.plan.progress.status.required"));
        problems.check();
    }
}
