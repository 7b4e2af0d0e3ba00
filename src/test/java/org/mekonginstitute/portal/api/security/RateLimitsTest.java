package org.mekonginstitute.portal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

/** A token's calls: a burst at once, then as many as the bucket refills, each token on its own. */
class RateLimitsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimits limits = new RateLimits(new ApiProperties(60, 5), now::get);

    @Test
    void aTokenMakesItsBurstAtOnceAndIsThenToldHowLongToWait() {
        for (int call = 1; call <= 5; call++) {
            assertThat(limits.take(1).allowed()).as("call %d", call).isTrue();
        }
        RateLimits.Decision refused = limits.take(1);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1); // 60 a minute: one more each second
    }

    @Test
    void theBucketRefillsAtTheRatePerMinuteAndNeverPastTheBurst() {
        for (int call = 0; call < 5; call++) {
            limits.take(1);
        }
        now.addAndGet(2_000_000_000L); // two seconds: two more calls
        assertThat(limits.take(1).allowed()).isTrue();
        assertThat(limits.take(1).allowed()).isTrue();
        assertThat(limits.take(1).allowed()).isFalse();
        now.addAndGet(3_600_000_000_000L); // an hour idle: a burst again, not 3,600 calls
        assertThat(limits.take(1).remaining()).isEqualTo(4);
    }

    @Test
    void oneTokensCallsLeaveAnothersLimitAlone() {
        for (int call = 0; call < 6; call++) {
            limits.take(1);
        }
        assertThat(limits.take(1).allowed()).isFalse();
        assertThat(limits.take(2).allowed()).isTrue();
    }
}
