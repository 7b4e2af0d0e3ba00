package org.mekonginstitute.portal.participant.csv;

import org.mekonginstitute.portal.shared.Text;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Where an import stands, as its pages show it: being checked, waiting for confirmation, being imported, imported
 * or failed; how far the work has come; and whether the instance doing it has stopped (its heartbeat is stale).
 */
record ImportStatus(
        UUID id,
        String fileName,
        Long activityId,
        State state,
        boolean started,
        int done,
        int total,
        String failure,
        boolean stale,
        ImportResult result) {

    /** A heartbeat older than this means the instance doing the work stopped. */
    static final Duration STALE_AFTER = Duration.ofSeconds(60);

    enum State {
        CHECKING,
        READY,
        IMPORTING,
        DONE,
        FAILED
    }

    /** Checked or imported right now, or waiting its turn to be. */
    public boolean inProgress() {
        return (state == State.CHECKING || state == State.IMPORTING) && !stale;
    }

    public boolean checking() {
        return state == State.CHECKING;
    }

    /** The check stopped with its instance: the file has to be uploaded again. */
    public boolean checkInterrupted() {
        return state == State.CHECKING && stale;
    }

    /** The import stopped with its instance: nothing was imported, and the preview can be imported again. */
    public boolean importInterrupted() {
        return state == State.IMPORTING && stale;
    }

    /** How far the work has come, 0–100. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, Math.round(done * 100.0 / total));
    }

    /** "Checking line 4,200 of 10,000", "Importing 6,000 of 10,000" or "Waiting to start", in the reader's language. */
    public String progressText() {
        if (!started) {
            return Text.of("participant.progress.waiting");
        }
        String lines = String.format(Locale.ENGLISH, "%,d", Math.max(done, 0));
        String of = String.format(Locale.ENGLISH, "%,d", total);
        return checking()
                ? Text.of("participant.progress.checkingLine", lines, of)
                : Text.of("participant.progress.importingLine", lines, of);
    }

    static boolean stale(State state, Instant heartbeat, Instant now) {
        return (state == State.CHECKING || state == State.IMPORTING)
                && (heartbeat == null || heartbeat.isBefore(now.minus(STALE_AFTER)));
    }
}
