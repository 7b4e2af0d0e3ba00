package org.mekonginstitute.portal.participant.csv;

import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.shared.BackgroundThread;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs imports in the background, one at a time on this instance (the others wait their turn), never on the
 * threads that answer requests. While this instance holds an import, done or waiting, it renews the import's
 * heartbeat: a heartbeat gone stale tells every page that the instance stopped and the work with it. The work speaks
 * the language of the person who asked for it: what it keeps for its pages (the problems of the lines, why it failed)
 * is written in the uploader's language.
 */
@Slf4j
@Component
class ImportJobs implements DisposableBean {

    /** How often the heartbeat of the imports held is renewed (well within {@link ImportStatus#STALE_AFTER}). */
    static final long HEARTBEAT_SECONDS = 10;

    private final ImportWork work;
    private final ImportProgress progress;
    private final ExecutorService worker = BackgroundThread.named("participant-import");
    private final ScheduledExecutorService heartbeat = BackgroundThread.scheduled("participant-import-heartbeat");
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();

    ImportJobs(ImportWork work, ImportProgress progress) {
        this.work = work;
        this.progress = progress;
        heartbeat.scheduleWithFixedDelay(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
    }

    /** Checks the lines of an uploaded file, once the upload is saved. */
    void check(UUID id) {
        submit(id, () -> work.check(id));
    }

    /** Imports a confirmed preview, once the confirmation is saved. */
    void importPreview(UUID id) {
        submit(id, () -> work.importPreview(id));
    }

    private void submit(UUID id, Runnable job) {
        held.add(id);
        Locale language = LocaleContextHolder.getLocale();
        Runnable start = () -> worker.execute(() -> {
            LocaleContextHolder.setLocale(language);
            try {
                job.run();
            } catch (RuntimeException unexpected) {
                log.error("Import {} stopped", id, unexpected);
            } finally {
                LocaleContextHolder.resetLocaleContext();
                held.remove(id);
            }
        });
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status == STATUS_COMMITTED) {
                        start.run();
                    } else {
                        held.remove(id);
                    }
                }
            });
        } else {
            start.run();
        }
    }

    private void beat() {
        try {
            progress.heartbeat(Set.copyOf(held));
        } catch (RuntimeException missed) {
            log.warn("The heartbeat of imports {} was not renewed", held, missed);
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
        worker.shutdownNow();
    }
}
