package org.mekonginstitute.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.DateStart;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The VTIMEZONEs the feeds carry describe the zones as Java's rules do: times written in them and read back by
 * biweekly through the VTIMEZONE alone are the same instants.
 */
class TimeZoneComponentsTest {

    private static final List<String> ZONES = List.of(
            "Asia/Bangkok",
            "Asia/Yangon",
            "Asia/Ho_Chi_Minh",
            "Asia/Shanghai",
            "Asia/Kolkata",
            "Australia/Sydney",
            "Australia/Perth",
            "Europe/Berlin",
            "Europe/London",
            "America/New_York",
            "UTC");

    @Test
    void timesWrittenInEveryZoneReadBackAsTheSameInstantsFrom2010To2035() {
        List<String> wrong = new ArrayList<>();
        for (String id : ZONES) {
            ZoneId zone = ZoneId.of(id);
            TimezoneAssignment assignment = TimeZoneComponents.assignment(zone);
            ICalendar calendar = new ICalendar();
            List<Instant> written = new ArrayList<>();
            // Every third day at noon and at 03:00, leaving out the days the clocks change (biweekly's own reading
            // of the hours around a change is imprecise; calendar applications use their own zone data there).
            for (LocalDate day = LocalDate.of(2010, 1, 1);
                    day.isBefore(LocalDate.of(2035, 12, 31));
                    day = day.plusDays(3)) {
                if (clocksChangeNear(zone, day)) {
                    continue;
                }
                for (int hour : new int[] {3, 12}) {
                    Instant at = day.atTime(hour, 0).atZone(zone).toInstant();
                    VEvent event = new VEvent();
                    DateStart start = new DateStart(Date.from(at), true);
                    event.setDateStart(start);
                    calendar.getTimezoneInfo().setTimezone(start, assignment);
                    calendar.addEvent(event);
                    written.add(at);
                }
            }
            String text = calendar.write();
            assertThat(text).contains("TZID:" + id, "DTSTART;TZID=" + id + ":");
            List<VEvent> read = Biweekly.parse(text).first().getEvents();
            for (int i = 0; i < written.size(); i++) {
                Instant back = read.get(i).getDateStart().getValue().toInstant();
                if (!back.equals(written.get(i))) {
                    wrong.add(id + ": " + written.get(i) + " read back as " + back);
                    break;
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aZoneWithoutSummerTimeHasOneStandardObservanceAndOneWithItHasBoth() {
        VTimezone bangkok = TimeZoneComponents.component(ZoneId.of("Asia/Bangkok"));
        assertThat(bangkok.getStandardTimes()).hasSize(1);
        assertThat(bangkok.getDaylightSavingsTime()).isEmpty();
        assertThat(bangkok.getStandardTimes()
                        .get(0)
                        .getTimezoneOffsetTo()
                        .getValue()
                        .getMillis())
                .isEqualTo(7 * 3600_000L);
        VTimezone sydney = TimeZoneComponents.component(ZoneId.of("Australia/Sydney"));
        assertThat(sydney.getStandardTimes()).hasSize(1);
        assertThat(sydney.getDaylightSavingsTime()).hasSize(1);
        Observance summer = sydney.getDaylightSavingsTime().get(0);
        assertThat(summer.getRecurrenceRule().getValue().getByMonth()).containsExactly(10);
        assertThat(summer.getTimezoneOffsetTo().getValue().getMillis()).isEqualTo(11 * 3600_000L);
        VTimezone berlin = TimeZoneComponents.component(ZoneId.of("Europe/Berlin"));
        assertThat(berlin.getDaylightSavingsTime()
                        .get(0)
                        .getRecurrenceRule()
                        .getValue()
                        .getByDay()
                        .get(0)
                        .getNum())
                .as("the last Sunday of March")
                .isEqualTo(-1);
    }

    private static boolean clocksChangeNear(ZoneId zone, LocalDate day) {
        ZoneOffsetTransition next = zone.getRules()
                .nextTransition(day.minusDays(1).atStartOfDay(zone).toInstant());
        return next != null
                && next.getInstant().isBefore(day.plusDays(2).atStartOfDay(zone).toInstant());
    }
}
