package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The number of activities waiting for review, shown to managers in the navigation on every page
 * ({@code @reviewBadge.count()}). Kept for a few seconds so busy pages do not each count again; a review step
 * taken here refreshes it at once.
 */
@Component("reviewBadge")
@RequiredArgsConstructor
public class ReviewBadge {

    private static final long FRESH_FOR_MILLIS = 5_000;

    private final ActivityQueries queries;
    private final Clock clock;
    private final AtomicReference<long[]> cached = new AtomicReference<>();

    public long count() {
        long now = clock.millis();
        long[] entry = cached.get();
        if (entry == null || now - entry[1] > FRESH_FOR_MILLIS) {
            entry = new long[] {queries.waitingForReview(), now};
            cached.set(entry);
        }
        return entry[0];
    }

    void changed() {
        cached.set(null);
    }
}
