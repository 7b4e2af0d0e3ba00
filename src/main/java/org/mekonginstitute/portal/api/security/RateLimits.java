package org.mekonginstitute.portal.api.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per API token, in this instance's memory: a token may make {@code burst} calls at once, and the
 * bucket refills at {@code requestsPerMinute}. With several instances behind a load balancer each keeps its own
 * buckets, so a token may make that many calls on each instance (README "JSON API").
 */
class RateLimits {

    /** A call allowed, or refused with the seconds to wait; what is left either way. */
    record Decision(boolean allowed, int remaining, long retryAfterSeconds) {}

    /** Tokens are few (20 per user at most); buckets of tokens unused for long are dropped past this many. */
    private static final int MAX_BUCKETS = 10_000;

    private final ConcurrentMap<Long, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perNano;
    private final int burst;
    private final LongSupplier nanoTime;

    /** @param nanoTime a monotonic clock in nanoseconds ({@link System#nanoTime()}) */
    RateLimits(ApiProperties properties, LongSupplier nanoTime) {
        this.perNano = properties.requestsPerMinute() / 60e9;
        this.burst = properties.burst();
        this.nanoTime = nanoTime;
    }

    int limit() {
        return burst;
    }

    Decision take(long tokenId) {
        if (buckets.size() > MAX_BUCKETS) {
            buckets.clear(); // a fresh bucket is a full one: at worst one more burst each
        }
        long now = nanoTime.getAsLong();
        return buckets.computeIfAbsent(tokenId, id -> new Bucket(burst, now)).take(now);
    }

    private final class Bucket {
        private double available;
        private long updatedAt;

        Bucket(double available, long at) {
            this.available = available;
            this.updatedAt = at;
        }

        synchronized Decision take(long now) {
            available = Math.min(burst, available + Math.max(0L, now - updatedAt) * perNano);
            updatedAt = now;
            if (available >= 1) {
                available -= 1;
                return new Decision(true, (int) available, 0);
            }
            long wait = (long) Math.ceil((1 - available) / perNano / 1e9);
            return new Decision(false, 0, Math.max(1, wait));
        }
    }
}
