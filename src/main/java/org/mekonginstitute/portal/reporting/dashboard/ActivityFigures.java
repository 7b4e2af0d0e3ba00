package org.mekonginstitute.portal.reporting.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's activity figures: ongoing projects, activities this quarter, and activities planned and
 * completed in each of the last twelve months. "Planned" counts every activity dated in the month but the
 * cancelled ones (completed ones included); "completed" those marked completed.
 */
record ActivityFigures(
        long ongoingProjects,
        LocalDate quarterStart,
        LocalDate quarterEnd,
        long activitiesThisQuarter,
        List<Month> months) {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    /** The quarter in words, e.g. "Oct – Dec 2026". */
    public String quarter() {
        return MONTH.format(quarterStart) + " – " + MONTH_YEAR.format(quarterEnd);
    }

    public record Month(YearMonth month, long planned, long completed) {}
}
