package org.mekonginstitute.portal.reporting.dashboard;

import org.mekonginstitute.portal.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The dashboard's activity figures: ongoing projects, activities this quarter, and activities planned and
 * completed in each of the last twelve months. "Planned" counts every activity dated in the month but the
 * cancelled ones (completed ones included); "completed" those marked completed.
 */
record ActivityFigures(
        long ongoingProjects,
        LocalDate quarterStart,
        LocalDate quarterEnd,
        long activitiesThisQuarter,
        List<Month> months) {

    /** The quarter in words in the reader's language, e.g. "Oct – Dec 2026", "ต.ค. – ธ.ค. 2569" in Thai. */
    public String quarter() {
        Language language = Language.of(LocaleContextHolder.getLocale());
        return formatter("MMM", language).format(quarterStart) + " – "
                + formatter("MMM yyyy", language).format(quarterEnd);
    }

    private static DateTimeFormatter formatter(String pattern, Language language) {
        return DateTimeFormatter.ofPattern(pattern, language.locale()).withChronology(language.chronology());
    }

    public record Month(YearMonth month, long planned, long completed) {}
}
