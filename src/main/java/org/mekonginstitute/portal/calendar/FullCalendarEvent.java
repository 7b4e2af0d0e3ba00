package org.mekonginstitute.portal.calendar;

import java.util.List;

/**
 * One entry of the calendar's JSON, in FullCalendar's event format: all-day events with an exclusive end date,
 * timed ones as ISO date-times with their zone's offset. Planned windows come marked {@code planned}, for the
 * page to show apart from fixed dates.
 */
record FullCalendarEvent(
        String id,
        String title,
        String start,
        String end,
        boolean allDay,
        String url,
        List<String> classNames,
        Details extendedProps) {

    /** What the page shows beside the title: the event's tooltip and the planned list. */
    record Details(
            String type,
            String typeLabel,
            String status,
            String statusLabel,
            String project,
            String place,
            String when,
            boolean planned) {}
}
