package org.mekonginstitute.portal.activity;

import java.time.LocalDate;
import java.time.YearMonth;

/** One line of an activity list. */
public record ActivityRow(
        long id,
        String title,
        ActivityType type,
        ActivityStatus status,
        long projectId,
        String projectCode,
        YearMonth plannedFrom,
        YearMonth plannedTo,
        LocalDate startDate,
        LocalDate endDate,
        String city,
        String country,
        Modality modality) {

    public boolean scheduled() {
        return startDate != null;
    }
}
