package org.mekonginstitute.portal.calendar;

import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The calendar's answers to FullCalendar, as sent, kept until the data changes: everyone who opens the calendar
 * asks for the same few weeks, and a busy month is one of the largest answers the portal gives. They have a store
 * of their own, at most {@value #MAX_WINDOWS} for one version of the data, so that browsing months never crowds out
 * the figures of the reports.
 */
@Component
class KeptWindows {

    static final int MAX_WINDOWS = 100;

    private final KeptUntilChanged kept;

    KeptWindows(JdbcTemplate jdbc) {
        this.kept = new KeptUntilChanged(jdbc, MAX_WINDOWS);
    }

    /** What makes two answers the same: the days, the filters, the reader's language and the portal's address. */
    record Window(LocalDate from, LocalDate to, Long projectId, String filters, Locale language, String contextPath) {}

    /** The JSON as sent, and whether it lists no activity at all. */
    record Answer(byte[] json, boolean empty) {}

    Answer get(Window window, Supplier<Answer> compute) {
        return kept.get(window, compute);
    }
}
