package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.calendar.CalendarEvent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/**
 * An activity on the calendar: scheduled on dates (all day, or with times in its own time zone), or only planned in
 * a window of months, which the calendar never puts on days.
 */
public record CalendarEntry(
        long activityId,
        String title,
        ActivityType type,
        ActivityStatus status,
        long projectId,
        String projectCode,
        boolean scheduled,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime startTime,
        LocalTime endTime,
        String timeZone,
        YearMonth plannedFrom,
        YearMonth plannedTo,
        String venue,
        String city,
        String country,
        Modality modality) {

    static CalendarEntry of(CalendarEvent e) {
        return new CalendarEntry(
                e.id(),
                e.title(),
                e.type(),
                e.status(),
                e.projectId(),
                e.projectCode(),
                e.scheduled(),
                e.startDate(),
                e.endDate(),
                e.startTime(),
                e.endTime(),
                e.timeZone(),
                e.plannedFrom(),
                e.plannedTo(),
                e.venue(),
                e.city(),
                e.country(),
                e.modality());
    }
}
