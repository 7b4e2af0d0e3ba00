package org.mekonginstitute.portal.shared;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates read on every page ({@code ${@dates.date(d)}} in templates): day month year, times in the
 * institute's zone, so that "22 Nov 2026, 14:05" means the same to everyone.
 */
@Component("dates")
public class Dates {

    /** The institute's home time zone: the default for activities and for "today". */
    public static final ZoneId HOME_ZONE = ZoneId.of("Asia/Bangkok");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(HOME_ZONE));
    }

    public String month(YearMonth month) {
        return month == null ? "" : MONTH.format(month);
    }

    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A period such as "1 Dec 2023 – 30 Nov 2024", one date for a single day; either end may be open. */
    public String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (from != null && from.equals(to)) {
            return date(from);
        }
        return (from == null ? "…" : date(from)) + " – " + (to == null ? "…" : date(to));
    }

    /** A month window such as "Dec 2023 – Feb 2024", or one month alone. */
    public String window(YearMonth from, YearMonth to) {
        if (from == null) {
            return "";
        }
        return to == null || to.equals(from) ? month(from) : month(from) + " – " + month(to);
    }
}
