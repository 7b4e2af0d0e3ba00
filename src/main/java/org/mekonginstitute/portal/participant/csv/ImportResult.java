package org.mekonginstitute.portal.participant.csv;

import org.mekonginstitute.portal.shared.Text;

import java.util.Locale;
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

    /** The import's outcome in a sentence or three, for the user, in the reader's language. */
    String summary() {
        StringBuilder saved = new StringBuilder(
                imported() == 1
                        ? Text.of("participant.import.result.one", count(imported()), count(created), count(existing))
                        : Text.of(
                                "participant.import.result.many", count(imported()), count(created), count(existing)));
        if (activityId != null) {
            if (alreadyEnrolled == 0) {
                saved.append(Text.of("participant.import.result.enrolled", count(enrolled)));
            } else if (alreadyEnrolled == 1) {
                saved.append(
                        Text.of("participant.import.result.enrolled.one", count(enrolled), count(alreadyEnrolled)));
            } else {
                saved.append(
                        Text.of("participant.import.result.enrolled.many", count(enrolled), count(alreadyEnrolled)));
            }
        }
        if (skipped > 0) {
            saved.append(
                    skipped == 1
                            ? Text.of("participant.import.result.skipped.one", count(skipped))
                            : Text.of("participant.import.result.skipped.many", count(skipped)));
        }
        return saved.toString();
    }

    /** A number as the portal writes it: 1,234. */
    private static String count(int number) {
        return String.format(Locale.ENGLISH, "%,d", number);
    }
}
