package org.mekonginstitute.portal.participant.csv;

import static org.awaitility.Awaitility.await;

import org.mekonginstitute.portal.shared.InvalidInput;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Imports as tests need them: uploaded and checked, or confirmed and imported, waiting for the background work. */
final class Imports {

    private Imports() {}

    /** Uploads the file and waits for its lines to be checked; returns the preview's id. */
    static UUID previewed(
            ParticipantImportService imports,
            String fileName,
            byte[] bytes,
            ParticipantImportService.Target target,
            String user) {
        UUID id = imports.upload(fileName, bytes, target, user);
        finished(imports, id, user);
        return id;
    }

    /**
     * Confirms the preview and waits for the import; a refusal, at once or by the background work, comes back as the
     * {@link InvalidInput} it was.
     */
    static ImportResult confirmed(
            ParticipantImportService imports, UUID id, String user, boolean onlyValid, Map<Integer, String> typed) {
        imports.confirm(id, user, onlyValid, typed);
        ImportStatus status = finished(imports, id, user);
        if (status.state() == ImportStatus.State.FAILED) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(null, status.failure())));
        }
        return status.result();
    }

    /** Waits until the import is no longer being checked or imported. */
    static ImportStatus finished(ParticipantImportService imports, UUID id, String user) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> imports.status(id, user), status -> !status.inProgress());
    }
}
