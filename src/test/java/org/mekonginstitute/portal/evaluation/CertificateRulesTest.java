package org.mekonginstitute.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.evaluation.answering.RoomAttempts;
import org.mekonginstitute.portal.evaluation.certificate.CertificateRule;
import org.mekonginstitute.portal.evaluation.certificate.CertificateRule.Completion;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Who earns a certificate, and how the room's page limits guessing; without the application. */
class CertificateRulesTest {

    @Test
    void aParticipantWhoAttendedEnoughDaysEarnsTheCertificateByDefault() {
        CertificateRule rule = CertificateRule.byDefault(1);
        assertThat(rule.shortfall(new Completion(true, true, 4, 5, null))).isEmpty();
        assertThat(rule.shortfall(new Completion(true, true, 3, 5, null))).contains("Attended 3 of 5 days (needs 80%)");
        assertThat(rule.shortfall(new Completion(true, false, 5, 5, null))).contains("Not marked as attended");
        assertThat(rule.shortfall(new Completion(false, true, 5, 5, null))).contains("Not a participant");
        assertThat(rule.shortfall(new Completion(true, true, null, 0, null)))
                .as("an activity without scheduled days asks only for attendance")
                .isEmpty();
    }

    @Test
    void aPassMarkAsksForAPostTestScoreAtLeastAsHigh() throws Exception {
        CertificateRule rule = CertificateRule.byDefault(1);
        var change = CertificateRule.class.getDeclaredMethod("change", int.class, BigDecimal.class, long.class);
        change.setAccessible(true);
        change.invoke(rule, 50, new BigDecimal("70"), 0L);
        assertThat(rule.shortfall(new Completion(true, true, 3, 5, new BigDecimal("70.00"))))
                .isEmpty();
        assertThat(rule.shortfall(new Completion(true, true, 3, 5, new BigDecimal("69.99"))))
                .contains("Post-test 69.99%, below the pass mark of 70%");
        assertThat(rule.shortfall(new Completion(true, true, 3, 5, null))).contains("No post-test score");
        assertThat(rule.shortfall(new Completion(true, true, 2, 5, new BigDecimal("90"))))
                .contains("Attended 2 of 5 days (needs 50%)");
    }

    @Test
    void theRoomTakesTenWrongTriesFromOneAddressInAQuarterOfAnHour() {
        MutableClock clock = new MutableClock();
        RoomAttempts attempts = new RoomAttempts(clock);
        for (int i = 0; i < 10; i++) {
            assertThat(attempts.allowed("room", "10.0.0.1")).isTrue();
            attempts.failed("room", "10.0.0.1");
        }
        assertThat(attempts.allowed("room", "10.0.0.1")).isFalse();
        assertThat(attempts.allowed("room", "10.0.0.2")).as("another address").isTrue();
        assertThat(attempts.allowed("other room", "10.0.0.1"))
                .as("another room")
                .isTrue();
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        assertThat(attempts.allowed("room", "10.0.0.1")).as("after the window").isTrue();
    }

    @Test
    void aRoomTakesAHundredWrongTriesInAllFromAnyAddresses() {
        RoomAttempts attempts = new RoomAttempts(new MutableClock());
        for (int i = 0; i < 100; i++) {
            attempts.failed("room", "10.0.1." + i);
        }
        assertThat(attempts.allowed("room", "10.0.2.1")).isFalse();
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-12-04T03:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
