package org.mekonginstitute.portal.evaluation.answering;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the room's page from being used to guess e-mails and short codes: each address may try a room a few times
 * in a window, and a room takes a limited number of wrong tries in all (against guessing from many addresses).
 * Counted in memory, per instance: enough to make guessing slow; a restart forgives.
 */
@Component
public class RoomAttempts {

    static final int PER_ADDRESS = 10;
    static final int PER_ROOM = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 50_000;

    private record Window(Instant start, int count) {}

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;

    public RoomAttempts(Clock clock) {
        this.clock = clock;
    }

    /** True while this address may still try this room. */
    public boolean allowed(String roomKey, String address) {
        Instant now = clock.instant();
        return count("address " + roomKey + " " + address, now) < PER_ADDRESS
                && count("room " + roomKey, now) < PER_ROOM;
    }

    /** Counts a wrong try of this address in this room. */
    public void failed(String roomKey, String address) {
        Instant now = clock.instant();
        if (windows.size() > MAX_KEYS) {
            windows.entrySet().removeIf(e -> expired(e.getValue(), now));
        }
        add("address " + roomKey + " " + address, now);
        add("room " + roomKey, now);
    }

    private int count(String key, Instant now) {
        Window window = windows.get(key);
        return window == null || expired(window, now) ? 0 : window.count();
    }

    private void add(String key, Instant now) {
        windows.merge(
                key,
                new Window(now, 1),
                (old, one) -> expired(old, now) ? one : new Window(old.start(), old.count() + 1));
    }

    private static boolean expired(Window window, Instant now) {
        return window.start().plus(WINDOW).isBefore(now);
    }
}
