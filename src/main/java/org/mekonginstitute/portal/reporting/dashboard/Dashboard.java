package org.mekonginstitute.portal.reporting.dashboard;

import org.mekonginstitute.portal.activity.ActivityRow;
import org.mekonginstitute.portal.reporting.reach.Reach;
import org.mekonginstitute.portal.shared.Dates;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard shows one user: their upcoming activities; for managers what waits for review; the
 * headline figures and charts of this year's reach and of the last twelve months' activities.
 *
 * @param waiting       the longest waiting for review (managers only; empty for staff)
 * @param waitingCount  how many wait in all (managers only)
 */
record Dashboard(
        LocalDate today,
        List<ActivityRow> upcoming,
        boolean reviewer,
        long waitingCount,
        List<ActivityRow> waiting,
        ActivityFigures activities,
        int year,
        Reach reach) {

    /** The year of the figures as the reader counts it (2569 rather than 2026 in Thai). */
    public String yearShown() {
        return Dates.year(year);
    }
}
