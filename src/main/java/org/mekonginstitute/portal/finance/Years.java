package org.mekonginstitute.portal.finance;

import org.mekonginstitute.portal.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.LocalDate;
import java.time.temporal.ChronoField;

/**
 * A calendar year as the reader counts it, as {@code shared/Dates} writes the years of dates: 2026 in English, 2569
 * (Buddhist Era) in Thai, on pages and in exports. What is stored and typed (a budget line's year, a form's
 * value) keeps the calendar year.
 */
public final class Years {

    private Years() {}

    /** The year's number in the reader's calendar. */
    public static int number(int year) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        return language.chronology().date(LocalDate.of(year, 7, 1)).get(ChronoField.YEAR_OF_ERA);
    }

    /** The year as the reader writes it, without grouping: "2026", "2569". */
    public static String shown(int year) {
        return String.valueOf(number(year));
    }
}
