package org.mekonginstitute.portal.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The dashboard's activity figures: ongoing projects, activities this quarter, and activities planned and
 * completed in each of the last twelve months. "Planned" counts every activity dated in the month but the
 * cancelled ones (completed ones included); "completed" those marked completed.
 */
public record ActivityFigures(long ongoingProjects, LocalDate quarterStart, LocalDate quarterEnd,
                              long activitiesThisQuarter, List<Month> months) {

    public record Month(YearMonth month, long planned, long completed) {
    }
}
