package org.mekonginstitute.portal.shared;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Keeps figures computed from the data (report aggregates, the dashboard's, the totals of long lists) until that
 * data changes: every transaction that changes enrolments, participants, activities, projects, funding,
 * organisations or departments bumps {@code reporting_data_version} as it commits (migrations V15 and V59), and a
 * figure is reused only while that version stands. So figures are never stale, on one instance or several, and a
 * busy page costs one small statement instead of an aggregate or a count over a whole table. Only figures made from
 * those tables may be kept here.
 *
 * <p>The version is read before the data: a figure computed after reading version V includes at least everything
 * committed up to V, and is reused only while the version is still V. Within one transaction the version is read
 * once. Requests that ask for the same figure together wait for one computation instead of each running it.
 */
@Component
public class KeptUntilChanged {

    /** Past this many different figures for one version (filters and searches people tried), new ones are not kept. */
    static final int MAX_ENTRIES = 500;

    private final JdbcTemplate jdbc;
    private final int maxEntries;
    private final AtomicReference<Generation> current = new AtomicReference<>(new Generation(-1));

    @Autowired
    public KeptUntilChanged(JdbcTemplate jdbc) {
        this(jdbc, MAX_ENTRIES);
    }

    /**
     * A store of its own, for answers that are many or large (a feature's whole answers rather than figures), so
     * that they never crowd out the figures of the reports.
     */
    public KeptUntilChanged(JdbcTemplate jdbc, int maxEntries) {
        this.jdbc = jdbc;
        this.maxEntries = maxEntries;
    }

    /** The figure for this key at the current data version, computed when there is none yet. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute) {
        Generation generation = generation(currentVersion());
        FutureTask<Object> entry = generation.entries.get(key);
        if (entry == null) {
            FutureTask<Object> task = new FutureTask<>(compute::get);
            entry = generation.entries.size() < maxEntries ? generation.entries.putIfAbsent(key, task) : null;
            if (entry == null) {
                entry = task;
                task.run();
            }
        }
        try {
            return (T) entry.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a figure", e);
        } catch (ExecutionException e) {
            generation.entries.remove(key, entry); // the next request tries again
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The data version, read once per transaction (every time outside one). */
    public long currentVersion() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return readVersion();
        }
        if (TransactionSynchronizationManager.getResource(this) instanceof Long version) {
            return version;
        }
        long version = readVersion();
        TransactionSynchronizationManager.bindResource(this, version);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KeptUntilChanged.this);
            }
        });
        return version;
    }

    private long readVersion() {
        Long version = jdbc.queryForObject("select version from reporting_data_version where id = 1", Long.class);
        return version == null ? 0 : version;
    }

    private Generation generation(long version) {
        Generation generation = current.get();
        while (generation.version != version) {
            Generation fresh = new Generation(version);
            // A request that read an older version than the one kept must not throw the newer entries away.
            if (generation.version > version) {
                return fresh;
            }
            if (current.compareAndSet(generation, fresh)) {
                return fresh;
            }
            generation = current.get();
        }
        return generation;
    }

    private record Generation(long version, ConcurrentHashMap<Object, FutureTask<Object>> entries) {
        Generation(long version) {
            this(version, new ConcurrentHashMap<>());
        }
    }
}
