package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.LargeDataset.ANCHOR;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * The generated enrolments, activity by activity, towards a target number in all: those of completed activities
 * mostly attended, with test scores, satisfaction and certificates; those of activities to come invited,
 * registered or confirmed; those of cancelled ones withdrawn. Some are resource persons or facilitators.
 */
final class EnrolmentRows implements AutoCloseable {

    private static final String[] TO_COME = {"INVITED", "REGISTERED", "CONFIRMED"};

    private final Random random;
    private final ParticipantRows.Participants participants;
    private final int target;
    private final long base;
    private final CopyWriter out;
    private long enrolmentId;

    EnrolmentRows(DatasetLoad load, Random random, ParticipantRows.Participants participants) throws SQLException {
        this.random = random;
        this.participants = participants;
        this.target = load.count(1_000_000, 1000);
        this.base = load.max("enrolment");
        this.enrolmentId = base;
        this.out = load.writer(
                "enrolment",
                "id, participant_id, activity_id, role, status,"
                        + " days_attended, pre_test_score, post_test_score, satisfaction, certificate_issued");
    }

    /**
     * Enrols participants in one activity, spreading what is left of the target over the activities still to come
     * (drafts and activities only planned get a quarter); returns them by position.
     */
    int[] enrol(long activityId, String status, boolean plannedOnly, int days, LocalDate end, int activitiesLeft) {
        int size = (int) Math.max(
                0,
                Math.min(
                        participants.count() / 2,
                        Math.round((double) (target - out.rows()) / activitiesLeft * (0.5 + random.nextDouble()))));
        if (status.equals("DRAFT") || plannedOnly) {
            size = size / 4;
        }
        int[] enrolled = pick(size);
        boolean past = end.isBefore(ANCHOR);
        for (int person : enrolled) {
            row(activityId, person, status, past, days);
        }
        return enrolled;
    }

    /** How many enrolments were written. */
    long written() {
        return enrolmentId - base;
    }

    @Override
    public void close() {
        out.close();
    }

    private void row(long activityId, int person, String status, boolean past, int days) {
        String enrolmentStatus;
        Integer attendedDays = null;
        BigDecimal pre = null;
        BigDecimal post = null;
        Integer satisfaction = null;
        boolean certificate = false;
        if (status.equals("CANCELLED")) {
            enrolmentStatus = "WITHDRAWN";
        } else if (past && status.equals("COMPLETED")) {
            int roll = random.nextInt(100);
            enrolmentStatus = roll < 86 ? "ATTENDED" : roll < 93 ? "NO_SHOW" : "WITHDRAWN";
            if (enrolmentStatus.equals("ATTENDED")) {
                attendedDays = Math.max(1, days - random.nextInt(2));
                int before = 30 + random.nextInt(45);
                pre = BigDecimal.valueOf(before);
                post = BigDecimal.valueOf(Math.min(100, before + random.nextInt(35)));
                satisfaction = 2 + random.nextInt(4);
                certificate = random.nextInt(10) != 0;
            }
        } else {
            enrolmentStatus = TO_COME[random.nextInt(3)];
        }
        out.row(
                ++enrolmentId,
                participants.base() + 1 + person,
                activityId,
                random.nextInt(20) == 0 ? "RESOURCE_PERSON" : random.nextInt(30) == 0 ? "FACILITATOR" : "PARTICIPANT",
                enrolmentStatus,
                attendedDays,
                pre,
                post,
                satisfaction,
                certificate);
    }

    /** Distinct participants for one activity, spread over the whole registry. */
    private int[] pick(int size) {
        int participantCount = participants.count();
        int[] picked = new int[size];
        int stride = 1 + random.nextInt(Math.max(1, participantCount / Math.max(1, size)));
        int start = random.nextInt(participantCount);
        Set<Integer> seen = new HashSet<>();
        int n = 0;
        for (int k = 0; n < size && k < size * 3; k++) {
            int candidate = (int) ((start + (long) k * stride + random.nextInt(3)) % participantCount);
            if (seen.add(candidate)) {
                picked[n++] = candidate;
            }
        }
        return n == size ? picked : Arrays.copyOf(picked, n);
    }
}
