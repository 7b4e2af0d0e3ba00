package org.mekonginstitute.portal.shared;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;

/**
 * One thread of the portal's own for work done in the background, one task after another: named, so that it can be
 * told apart in a thread dump, and a daemon, so that it never holds up the portal when it stops.
 */
public final class BackgroundThread {

    private BackgroundThread() {}

    public static ExecutorService named(String name) {
        return named(name, Thread.NORM_PRIORITY);
    }

    /** A thread of this priority ({@link Thread#MIN_PRIORITY} for work nobody waits for). */
    public static ExecutorService named(String name, int priority) {
        return Executors.newSingleThreadExecutor(daemon(name, priority));
    }

    /** One such thread for work repeated on a schedule, such as a heartbeat. */
    public static ScheduledExecutorService scheduled(String name) {
        return Executors.newSingleThreadScheduledExecutor(daemon(name, Thread.NORM_PRIORITY));
    }

    private static ThreadFactory daemon(String name, int priority) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            thread.setPriority(priority);
            return thread;
        };
    }
}
