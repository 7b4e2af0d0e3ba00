package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Locale;

/** Dates as each language writes them; Thai with the Buddhist Era's year, as Thai offices do. */
class DatesTest {

    private final Dates dates = new Dates();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void englishReadersSeeDayMonthYear() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(dates.date(LocalDate.of(2026, 12, 5))).isEqualTo("5 Dec 2026");
        assertThat(dates.dateTime(Instant.parse("2026-11-22T07:05:00Z"))).isEqualTo("22 Nov 2026, 14:05");
        assertThat(dates.month(YearMonth.of(2027, 1))).isEqualTo("Jan 2027");
        assertThat(dates.period(LocalDate.of(2026, 12, 1), null)).isEqualTo("1 Dec 2026 – …");
    }

    @Test
    void thaiReadersSeeTheBuddhistEraYearAndThaiMonths() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("th-TH"));
        assertThat(dates.date(LocalDate.of(2026, 12, 5))).isEqualTo("5 ธ.ค. 2569");
        assertThat(dates.dateTime(Instant.parse("2026-11-22T07:05:00Z"))).isEqualTo("22 พ.ย. 2569, 14:05");
        assertThat(dates.month(YearMonth.of(2027, 1))).isEqualTo("ม.ค. 2570");
        assertThat(dates.window(YearMonth.of(2026, 12), YearMonth.of(2027, 2))).isEqualTo("ธ.ค. 2569 – ก.พ. 2570");
        assertThat(dates.time(LocalTime.of(9, 0))).isEqualTo("09:00");
    }

    @Test
    void languagesNotOfferedYetFallBackToEnglish() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("lo-LA"));
        assertThat(dates.date(LocalDate.of(2026, 12, 5))).isEqualTo("5 Dec 2026");
    }
}
