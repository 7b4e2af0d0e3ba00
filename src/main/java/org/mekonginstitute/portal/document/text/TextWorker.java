package org.mekonginstitute.portal.document.text;

import jakarta.annotation.PreDestroy;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.storage.FileStore;
import org.mekonginstitute.portal.shared.BackgroundThread;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads the text out of new versions and makes thumbnails of pictures, one file at a time, in the background:
 * nudged when an upload commits, and every minute for what is left (after a restart, or from another instance).
 * A version is claimed in the database first, so several instances never read the same file twice; a claim older
 * than a quarter of an hour is taken as abandoned and the file read again.
 */
@Component
@EnableScheduling
@RequiredArgsConstructor
public class TextWorker {

    private static final Logger log = LoggerFactory.getLogger(TextWorker.class);

    /** Words past this many characters are not indexed as words (a tsvector has a size limit); trigrams still are. */
    static final int MAX_WORD_CHARACTERS = 300_000;

    private final JdbcTemplate jdbc;
    private final FileStore store;
    private final TextReader reader;
    private final Thumbnails thumbnails;

    private final ExecutorService executor = BackgroundThread.named("document-text", Thread.MIN_PRIORITY);
    private final AtomicBoolean queued = new AtomicBoolean();

    /** Something may be waiting: reads it soon, without holding up the caller. */
    public void nudge() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                drain();
            });
        }
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "${portal.documents.sweep-interval:PT1M}")
    void sweep() {
        nudge();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Reads every waiting version; returns how many it read. */
    int drain() {
        int done = 0;
        try {
            for (Claimed file = claim(); file != null; file = claim()) {
                process(file);
                done++;
            }
        } catch (DataAccessException | IllegalStateException stopped) {
            log.debug("Document text worker stopped: {}", stopped.getMessage());
        }
        return done;
    }

    private record Claimed(long id, String name, String contentType) {}

    private Claimed claim() {
        List<Claimed> claimed =
                jdbc.query("""
                update document_file set text_status = 'WORKING', claimed_at = now()
                where id = (select id from document_file
                            where text_status = 'PENDING'
                               or (text_status = 'WORKING' and claimed_at < now() - interval '15 minutes')
                            order by id limit 1 for update skip locked)
                returning id, file_name, content_type""", (rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3)));
        return claimed.isEmpty() ? null : claimed.get(0);
    }

    private void process(Claimed file) {
        String status;
        try {
            TextReader.Read read;
            try (InputStream in = store.open(file.id())) {
                read = reader.read(in, file.name());
            }
            if (file.contentType().startsWith("image/")) {
                thumbnail(file, read.orientation());
            }
            status = read.text().isEmpty() ? "NONE" : "DONE";
            if (!read.text().isEmpty()) {
                saveText(file.id(), read.text());
            }
        } catch (Exception | LinkageError unreadable) {
            log.warn(
                    "Could not read the text of document file {} ({}): {}",
                    file.id(),
                    file.name(),
                    unreadable.toString());
            status = "FAILED";
        }
        jdbc.update("update document_file set text_status = ?, claimed_at = null where id = ?", status, file.id());
    }

    private void thumbnail(Claimed file, int orientation) throws Exception {
        byte[] image;
        try (InputStream in = store.open(file.id())) {
            image = thumbnails.make(in, orientation);
        }
        if (image != null) {
            jdbc.update(
                    "insert into document_thumbnail (file_id, content_type, image) values (?, 'image/jpeg', ?)"
                            + " on conflict (file_id) do update set image = excluded.image",
                    file.id(),
                    image);
        }
    }

    private void saveText(long fileId, String text) {
        String words = text.length() > MAX_WORD_CHARACTERS ? text.substring(0, MAX_WORD_CHARACTERS) : text;
        try {
            insertText(fileId, text, words);
        } catch (DataAccessException tooManyWords) {
            insertText(fileId, text, words.substring(0, Math.min(words.length(), MAX_WORD_CHARACTERS / 10)));
        }
    }

    private void insertText(long fileId, String text, String words) {
        jdbc.update(
                "insert into document_text (file_id, content, words) values (?, ?, to_tsvector('simple', ?))"
                        + " on conflict (file_id) do update set content = excluded.content, words = excluded.words",
                fileId,
                text,
                words);
    }
}
