package org.mekonginstitute.portal.calendar;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.IntStream;

/**
 * The VTIMEZONE of a time zone, built from Java's own time-zone rules: biweekly would otherwise download it from
 * tzurl.org, and the portal runs without internet. A zone without daylight saving time (all of the Mekong region)
 * gets one STANDARD observance from its last change of offset (or 1970); a zone with it gets a STANDARD and a
 * DAYLIGHT observance that recur yearly as its current rules say, from the year they took effect (Europe 1996,
 * the United States 2007, Australia 2008): older dates are not described.
 */
final class TimeZoneComponents {

    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    private TimeZoneComponents() {}

    /** The zone for biweekly to write local times in, with its VTIMEZONE. */
    static TimezoneAssignment assignment(ZoneId zone) {
        return new TimezoneAssignment(TimeZone.getTimeZone(zone), component(zone));
    }

    static VTimezone component(ZoneId zone) {
        VTimezone component = new VTimezone(zone.getId());
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        ZoneOffsetTransition last = history.isEmpty() ? null : history.get(history.size() - 1);
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            // Offsets before 1970 (local mean times with seconds) matter to no activity: start there if it can.
            boolean since1970 = last == null || last.getDateTimeAfter().getYear() < 1970;
            ZoneOffset offset = since1970 ? rules.getOffset(EPOCH) : last.getOffsetAfter();
            StandardTime standard = new StandardTime();
            standard.setDateStart(components(since1970 ? EPOCH : last.getDateTimeAfter()));
            standard.setTimezoneOffsetFrom(utc(since1970 ? offset : last.getOffsetBefore()));
            standard.setTimezoneOffsetTo(utc(offset));
            standard.addTimezoneName(zone.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            component.addStandardTime(standard);
            return component;
        }
        // Java keeps explicit transitions up to the first year its current rules describe: start there.
        int firstYear = last == null ? 1970 : last.getDateTimeAfter().getYear();
        for (ZoneOffsetTransitionRule rule : yearly) {
            ZoneOffsetTransition onset = rule.createTransition(firstYear);
            boolean daylight = onset.getOffsetAfter().getTotalSeconds()
                    > rule.getStandardOffset().getTotalSeconds();
            Observance observance = daylight ? new DaylightSavingsTime() : new StandardTime();
            // DTSTART is the first onset, in the local time in force before it.
            observance.setDateStart(components(onset.getDateTimeBefore()));
            observance.setTimezoneOffsetFrom(utc(onset.getOffsetBefore()));
            observance.setTimezoneOffsetTo(utc(onset.getOffsetAfter()));
            observance.setRecurrenceRule(yearlyRecurrence(rule));
            observance.addTimezoneName(
                    TimeZone.getTimeZone(zone).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH));
            if (daylight) {
                component.addDaylightSavingsTime((DaylightSavingsTime) observance);
            } else {
                component.addStandardTime((StandardTime) observance);
            }
        }
        return component;
    }

    /** FREQ=YEARLY in the rule's month, on its day: "last Sunday", "second Sunday", "Sunday on or after the 8th". */
    private static Recurrence yearlyRecurrence(ZoneOffsetTransitionRule rule) {
        Recurrence.Builder recurrence =
                new Recurrence.Builder(Frequency.YEARLY).byMonth(rule.getMonth().getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return recurrence.byMonthDay(day).build();
        }
        DayOfWeek weekday = DayOfWeek.valueOf(rule.getDayOfWeek().name());
        int monthLength = rule.getMonth().minLength();
        if (day == -1
                || (day + 6 == monthLength && monthLength == rule.getMonth().maxLength())) {
            return recurrence.byDay(-1, weekday).build();
        }
        if (day > 0 && (day - 1) % 7 == 0) {
            return recurrence.byDay((day - 1) / 7 + 1, weekday).build();
        }
        // The weekday on or after (before, counting from the month's end) a day: one of seven days in a row.
        int first = day > 0 ? day : day - 6;
        return recurrence
                .byDay(weekday)
                .byMonthDay(IntStream.range(first, first + 7).boxed().toList())
                .build();
    }

    private static DateTimeComponents components(LocalDateTime time) {
        return new DateTimeComponents(
                time.getYear(),
                time.getMonthValue(),
                time.getDayOfMonth(),
                time.getHour(),
                time.getMinute(),
                time.getSecond(),
                false);
    }

    private static UtcOffset utc(ZoneOffset offset) {
        return new UtcOffset(offset.getTotalSeconds() * 1000L);
    }
}
