package org.mekonginstitute.portal.calendar;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Dates;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Turns calendar events into FullCalendar's JSON entries, and says in words when each one happens. */
@Component
@RequiredArgsConstructor
class CalendarEntries {

    private final Countries countries;
    private final Dates dates;

    FullCalendarEvent entry(CalendarEvent event, String contextPath) {
        String start;
        String end;
        if (event.timed()) {
            start = event.startsAt().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            end = event.endsAt() == null
                    ? null
                    : event.endsAt().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } else if (event.scheduled()) {
            start = event.startDate().toString();
            end = event.lastDay().plusDays(1).toString();
        } else {
            start = event.plannedFrom().atDay(1).toString();
            end = event.plannedUntil().plusMonths(1).atDay(1).toString();
        }
        List<String> classes = new ArrayList<>(List.of(
                "type-" + event.type().name(), "status-" + event.status().name()));
        if (!event.scheduled()) {
            classes.add("planned");
        }
        return new FullCalendarEvent(
                String.valueOf(event.id()),
                event.title(),
                start,
                end,
                !event.timed(),
                contextPath + "/activities/" + event.id(),
                classes,
                new FullCalendarEvent.Details(
                        event.type().name(),
                        event.type().label(),
                        event.status().name(),
                        event.status().label(),
                        event.projectCode(),
                        event.place(countries),
                        when(event),
                        !event.scheduled()));
    }

    /** "3 Jun 2024 – 14 Jun 2024, 08:30–16:30 (Asia/Bangkok)", "13 May 2008", or a planned "Dec 2023 – Feb 2024". */
    String when(CalendarEvent event) {
        if (!event.scheduled()) {
            return dates.window(event.plannedFrom(), event.plannedUntil());
        }
        String days = dates.period(event.startDate(), event.lastDay());
        if (!event.timed()) {
            return days;
        }
        String times =
                dates.time(event.startTime()) + (event.endTime() == null ? "" : "–" + dates.time(event.endTime()));
        return days + ", " + times + " (" + event.timeZone() + ")";
    }
}
