package org.mekonginstitute.portal.participant.csv;

import java.util.Optional;

/**
 * What a confirmed import did: new records, lines that used a registered person, enrolments made and found, lines
 * left out, and the activity's warning of more enrolled than its target.
 */
record ImportResult(
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
