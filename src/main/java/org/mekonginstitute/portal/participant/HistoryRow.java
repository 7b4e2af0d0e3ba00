package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.activity.ActivityType;

import java.time.LocalDate;
import java.time.YearMonth;

/** One activity in a participant's history. */
public record HistoryRow(
        long activityId,
        String activityTitle,
        ActivityType type,
        long projectId,
        String projectCode,
        LocalDate startDate,
        LocalDate endDate,
        YearMonth plannedFrom,
        YearMonth plannedTo,
        EnrolmentRole role,
        AttendanceStatus status) {}
