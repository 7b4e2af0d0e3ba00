package org.mekonginstitute.portal.participant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the attendance sheet records for one enrolment: whether the person came, for how many days, their test
 * scores and feedback. {@code version} is the enrolment's as the sheet showed it.
 */
public record Attendance(
        long enrolmentId,
        long version,
        AttendanceStatus status,
        Integer daysAttended,
        BigDecimal preTestScore,
        BigDecimal postTestScore,
        Integer satisfaction,
        boolean certificateIssued) {

    /**
     * Nobody attends more days than the activity is scheduled for; while it has only a planned window
     * ({@code activityDays} empty) any number stands.
     */
    boolean moreDaysThan(List<LocalDate> activityDays) {
        return !activityDays.isEmpty() && daysAttended != null && daysAttended > activityDays.size();
    }
}
