package org.mekonginstitute.portal.shared;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.EnumMap;
import java.util.Map;

/**
 * How dates read on every page ({@code ${@dates.date(d)}} in templates): day month year in the reader's language,
 * times in the institute's zone, so that "22 Nov 2026, 14:05" means the same to everyone. In Thai the year is the
 * Buddhist Era's, as Thai offices write it: "22 พ.ย. 2569, 14:05".
 */
@Component("dates")
public class Dates {

    /** The institute's home time zone: the default for activities and for "today". */
    public static final ZoneId HOME_ZONE = ZoneId.of("Asia/Bangkok");

    private static final Map<Language, Formats> FORMATS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            FORMATS.put(language, new Formats(language));
        }
    }

    public String date(LocalDate date) {
        return date == null ? "" : formats().date.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : formats().dateTime.format(instant.atZone(HOME_ZONE));
    }

    public String month(YearMonth month) {
        return month == null ? "" : formats().month.format(month.atDay(1));
    }

    /** A day within a week or a month, as on a sign-in sheet's tabs: "3 Jun". */
    public String dayMonth(LocalDate date) {
        return date == null ? "" : formats().dayMonth.format(date);
    }

    /** A day with its weekday, as a sign-in sheet's column: "Mon 3 Jun". */
    public String weekday(LocalDate date) {
        return date == null ? "" : formats().weekday.format(date);
    }

    /** A calendar year's number as the reader counts it: 2026 in English, 2569 (Buddhist Era) in Thai. */
    public static int yearNumber(int year) {
        return Language.of(LocaleContextHolder.getLocale())
                .chronology()
                .date(LocalDate.of(year, 7, 1))
                .get(ChronoField.YEAR_OF_ERA);
    }

    /** A calendar year as the reader writes it, without grouping: "2026", "2569". Stored years stay calendar years. */
    public static String year(int year) {
        return String.valueOf(yearNumber(year));
    }

    public String time(LocalTime time) {
        return time == null ? "" : formats().time.format(time);
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

    private static Formats formats() {
        return FORMATS.get(Language.of(LocaleContextHolder.getLocale()));
    }

    /** One language's ways of writing a day, a moment, a month and a time. */
    private static final class Formats {
        final DateTimeFormatter date;
        final DateTimeFormatter dateTime;
        final DateTimeFormatter month;
        final DateTimeFormatter time;
        final DateTimeFormatter dayMonth;
        final DateTimeFormatter weekday;

        Formats(Language language) {
            this.date = formatter("d MMM yyyy", language);
            this.dateTime = formatter("d MMM yyyy, HH:mm", language);
            this.month = formatter("MMM yyyy", language);
            this.time = formatter("HH:mm", language);
            this.dayMonth = formatter("d MMM", language);
            this.weekday = formatter("EEE d MMM", language);
        }

        private static DateTimeFormatter formatter(String pattern, Language language) {
            return DateTimeFormatter.ofPattern(pattern, language.locale()).withChronology(language.chronology());
        }
    }
}
