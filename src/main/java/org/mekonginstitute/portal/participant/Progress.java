package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.PlainText;

import java.time.LocalDate;

/** Progress on an action plan as someone reports it: when, what happened, and the status it leaves the plan in. */
record Progress(LocalDate date, String note, ActionPlanStatus statusAfter) {

    static final int MAX_NOTE = 10_000;

    /** Refuses progress without a date or dated after {@code today}, without a note, or without a status after. */
    void check(LocalDate today) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(date == null, "updateDate", "Enter the date of the update.");
        problems.addIf(date != null && date.isAfter(today), "updateDate", "The date cannot be in the future.");
        problems.addIf(note == null || note.isBlank(), "note", "Describe the progress.");
        problems.addIf(note != null && note.length() > MAX_NOTE, "note", "At most 10,000 characters.");
        PlainText.problem(note).ifPresent(problem -> problems.add("note", problem));
        problems.addIf(statusAfter == null, "statusAfter", "Choose the status after this update.");
        problems.check();
    }
}
