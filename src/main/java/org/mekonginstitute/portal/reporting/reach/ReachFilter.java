package org.mekonginstitute.portal.reporting.reach;

import java.time.LocalDate;

/**
 * Which activities a reach figure covers: those of one project, of one department's projects, of the projects one
 * donor funds, and dated within a range (an activity's date is its scheduled start, else the first month of its
 * planned window). Every part is optional; both ends of the range are included.
 */
public record ReachFilter(Long project, Long department, Long donor, LocalDate from, LocalDate to) {

    /** Every activity. */
    public static ReachFilter all() {
        return new ReachFilter(null, null, null, null, null);
    }

    /** One project's activities. */
    public static ReachFilter ofProject(long projectId) {
        return new ReachFilter(projectId, null, null, null, null);
    }

    /** Activities dated within a period, both days included. */
    public static ReachFilter between(LocalDate from, LocalDate to) {
        return new ReachFilter(null, null, null, from, to);
    }

    public ReachFilter withDates(LocalDate from, LocalDate to) {
        return new ReachFilter(project, department, donor, from, to);
    }

    public boolean isEmpty() {
        return project == null && department == null && donor == null && from == null && to == null;
    }
}
