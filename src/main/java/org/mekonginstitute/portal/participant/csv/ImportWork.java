package org.mekonginstitute.portal.participant.csv;

import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.audit.AuditActor;
import org.mekonginstitute.portal.participant.csv.ImportPreviews.Confirmed;
import org.mekonginstitute.portal.participant.csv.ImportPreviews.Upload;
import org.mekonginstitute.portal.participant.csv.LineReader.Reading;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Row;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What an import does in the background (see {@link ImportJobs}): the lines of an uploaded file checked and matched
 * a part at a time, and a confirmed preview imported in one transaction; both report their progress as they go.
 */
@Slf4j
@Component
class ImportWork {

    /** Lines checked and matched between two reports of progress. */
    static final int PART = 1000;

    private final ImportPreviews previews;
    private final ImportProgress progress;
    private final LineReader lines;
    private final LineMatcher matcher;
    private final ImportConfirmation confirmation;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    ImportWork(
            ImportPreviews previews,
            ImportProgress progress,
            LineReader lines,
            LineMatcher matcher,
            ImportConfirmation confirmation,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc) {
        this.previews = previews;
        this.progress = progress;
        this.lines = lines;
        this.matcher = matcher;
        this.confirmation = confirmation;
        this.transaction = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
    }

    /** Checks the lines of an uploaded file and keeps them as its preview; nothing when it was discarded. */
    void check(UUID id) {
        Optional<Upload> upload = previews.upload(id);
        if (upload.isEmpty()) {
            return;
        }
        try {
            Csv.Table table = Csv.read(upload.get().file(), ParticipantImportService.MAX_ROWS);
            Reading reading = lines.reading(table, ImportHeader.columns(table.header()));
            int total = table.rows().size();
            progress.started(id, total);
            List<Row> rows = new ArrayList<>(total);
            for (int from = 0; from < total; from += PART) {
                int to = Math.min(total, from + PART);
                rows.addAll(matcher.match(
                        reading.next(table.rows().subList(from, to)),
                        upload.get().activityId()));
                progress.advanced(id, to, total);
            }
            long problems = rows.stream().filter(r -> !r.valid()).count();
            long duplicates = rows.stream()
                    .filter(r -> r.valid() && !r.matches().isEmpty())
                    .count();
            previews.checked(id, rows, problems, duplicates);
            log.info("Import preview {} of {} lines checked ({} with problems)", id, total, problems);
        } catch (RuntimeException unexpected) {
            log.error("Import preview {} could not be checked", id, unexpected);
            progress.failed(id, Text.of("participant.import.failed.check"));
        }
    }

    /** Imports a confirmed preview, all or nothing; a refusal is kept for its page to show. */
    void importPreview(UUID id) {
        Optional<Confirmed> confirmed = previews.confirmed(id);
        if (confirmed.isEmpty()) {
            return;
        }
        ParticipantImport preview = confirmed.get().preview().withChoices(Map.of());
        progress.started(id, preview.rows().size());
        try {
            transaction.executeWithoutResult(status -> {
                // Nobody is logged in on this thread: the audit trail names the uploader, who confirmed.
                AuditActor.name(jdbc, preview.createdBy());
                ImportResult result = confirmation.confirm(
                        preview,
                        confirmed.get().onlyValid(),
                        preview.createdBy(),
                        (done, total) -> progress.advanced(id, done, total));
                progress.imported(id, result);
            });
        } catch (InvalidInput refused) {
            progress.failed(id, refused.problems().get(0).message());
        } catch (RuntimeException unexpected) {
            log.error("Import {} failed", id, unexpected);
            progress.failed(id, Text.of("participant.import.failed.import"));
        }
    }
}
