package org.mekonginstitute.portal.calendar;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.Duration;
import biweekly.util.ICalDate;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Activities as an iCalendar (RFC 5545) document, written by biweekly: one VEVENT per scheduled activity with a
 * UID that never changes, a SEQUENCE that grows with every change (the activity's version), times in the
 * activity's own zone with its VTIMEZONE, or whole days as VALUE=DATE.
 */
@Component
class IcsFeed {

    static final String PRODUCT_ID = "-//Mekong Institute//Mekong Capacity Portal//EN";

    private final Countries countries;
    private final String uidDomain;

    IcsFeed(
            Countries countries,
            @Value("${portal.calendar.uid-domain:capacity-portal.mekonginstitute.org}") String uidDomain) {
        this.countries = countries;
        this.uidDomain = uidDomain;
    }

    /**
     * @param name    what calendar applications call the calendar
     * @param baseUrl the portal's address as the caller reached it, for the activities' links
     */
    String write(String name, List<CalendarEvent> events, String baseUrl) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setMethod(Method.publish());
        calendar.setName(name);
        calendar.setExperimentalProperty("X-WR-CALNAME", name);
        // Ask subscribed applications to look again every hour (RFC 7986, and Outlook's older property).
        calendar.setRefreshInterval(new Duration.Builder().hours(1).build());
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
        TimezoneInfo zones = calendar.getTimezoneInfo();
        Map<String, TimezoneAssignment> assignments = new HashMap<>();
        for (CalendarEvent event : events) {
            if (event.scheduled()) {
                calendar.addEvent(vevent(event, baseUrl, zones, assignments));
            }
        }
        return calendar.write();
    }

    private VEvent vevent(
            CalendarEvent event, String baseUrl, TimezoneInfo zones, Map<String, TimezoneAssignment> assignments) {
        VEvent vevent = new VEvent();
        String url = baseUrl + "/activities/" + event.id();
        vevent.setUid("activity-" + event.id() + "@" + uidDomain);
        vevent.setDateTimeStamp(Date.from(event.updatedAt()));
        vevent.setCreated(Date.from(event.createdAt()));
        vevent.setLastModified(Date.from(event.updatedAt()));
        vevent.setSequence((int) Math.min(Integer.MAX_VALUE, event.version()));
        vevent.setSummary(summary(event));
        vevent.setStatus(status(event.status()));
        vevent.addCategories(event.type().label());
        vevent.setUrl(url);
        String place = event.place(countries);
        if (!place.isEmpty()) {
            vevent.setLocation(place);
        } else if (event.onlineLink() != null) {
            vevent.setLocation(event.onlineLink());
        }
        vevent.setDescription(description(event, url));
        if (event.timed()) {
            TimezoneAssignment zone =
                    assignments.computeIfAbsent(event.timeZone(), id -> TimeZoneComponents.assignment(event.zone()));
            DateStart start = new DateStart(Date.from(event.startsAt().toInstant()), true);
            vevent.setDateStart(start);
            zones.setTimezone(start, zone);
            ZonedDateTime endsAt = event.endsAt();
            if (endsAt != null) {
                DateEnd end = new DateEnd(Date.from(endsAt.toInstant()), true);
                vevent.setDateEnd(end);
                zones.setTimezone(end, zone);
            }
        } else {
            // Whole days: DTEND is the day after the last one (exclusive), as RFC 5545 has it.
            vevent.setDateStart(new DateStart(day(event.startDate())));
            vevent.setDateEnd(new DateEnd(day(event.lastDay().plusDays(1))));
        }
        return vevent;
    }

    private static String summary(CalendarEvent event) {
        return switch (event.status()) {
            case CANCELLED -> Text.of("calendar.ics.cancelled", event.title());
            case POSTPONED -> Text.of("calendar.ics.postponed", event.title());
            case DRAFT, RETURNED -> Text.of("calendar.ics.draft", event.title());
            case SUBMITTED -> Text.of("calendar.ics.awaitingApproval", event.title());
            case APPROVED, COMPLETED -> event.title();
        };
    }

    /** Approved and completed activities take place; postponed ones not on these dates, so both are cancelled. */
    private static Status status(ActivityStatus status) {
        return switch (status) {
            case APPROVED, COMPLETED -> Status.confirmed();
            case CANCELLED, POSTPONED -> Status.cancelled();
            case DRAFT, SUBMITTED, RETURNED -> Status.tentative();
        };
    }

    private static String description(CalendarEvent event, String url) {
        StringBuilder text = new StringBuilder()
                .append(event.type().label())
                .append(" · ")
                .append(event.projectCode())
                .append(" · ")
                .append(event.status().label());
        if (event.objective() != null) {
            text.append("\n\n").append(event.objective());
        }
        if (event.onlineLink() != null) {
            text.append("\n\n").append(Text.of("calendar.ics.online", event.onlineLink()));
        }
        return text.append("\n\n")
                .append(Text.of("calendar.ics.inThePortal", url))
                .toString();
    }

    /** A date without time or zone: biweekly writes it as VALUE=DATE from these components. */
    private static ICalDate day(LocalDate date) {
        return new ICalDate(new DateTimeComponents(date.getYear(), date.getMonthValue(), date.getDayOfMonth()), false);
    }
}
