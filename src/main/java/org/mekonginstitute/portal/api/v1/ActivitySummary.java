package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.activity.ActivityRow;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;

import java.time.LocalDate;
import java.time.YearMonth;

/** An activity as lists show it: planned in a window of months, or scheduled on dates. */
public record ActivitySummary(
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

    static ActivitySummary of(ActivityRow row) {
        return new ActivitySummary(
                row.id(),
                row.title(),
                row.type(),
                row.status(),
                row.projectId(),
                row.projectCode(),
                row.plannedFrom(),
                row.plannedTo(),
                row.startDate(),
                row.endDate(),
                row.city(),
                row.country(),
                row.modality());
    }
}
