package org.mekonginstitute.portal.calendar;

import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.shared.Countries;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * An activity as the calendar, its printable list and the iCalendar feeds see it: either scheduled on fixed
 * dates (all day, or with times in its own time zone) or only planned in a window of months.
 */
public record CalendarEvent(
        long id,
        String title,
        String objective,
        ActivityType type,
        ActivityStatus status,
        long projectId,
        String projectCode,
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
        Modality modality,
        String onlineLink,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** Dates are fixed; otherwise only the planned window is known. */
    public boolean scheduled() {
        return startDate != null;
    }

    /** Scheduled with a start time: a timed event in its own zone, else an all-day one. */
    public boolean timed() {
        return startDate != null && startTime != null;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The last day it takes place (inclusive). */
    public LocalDate lastDay() {
        return endDate == null ? startDate : endDate;
    }

    public ZonedDateTime startsAt() {
        return startDate.atTime(startTime).atZone(zone());
    }

    /** When a timed event ends; null for a one-day event with only a start time. */
    public ZonedDateTime endsAt() {
        if (endTime != null) {
            return lastDay().atTime(endTime).atZone(zone());
        }
        return lastDay().isAfter(startDate) ? lastDay().plusDays(1).atStartOfDay(zone()) : null;
    }

    /** The last month of the planned window. */
    public YearMonth plannedUntil() {
        return plannedTo == null ? plannedFrom : plannedTo;
    }

    public String place(Countries countries) {
        return Activity.place(venue, city, country == null ? null : countries.name(country), modality);
    }
}
