package org.mekonginstitute.portal.calendar;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** The calendar for other modules (the API): the activities on it between two days, filtered as on the page. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ActivityCalendar {

    private final CalendarQueries queries;

    /**
     * Every activity scheduled on, or planned in a month overlapping, the days from {@code from} to
     * {@code toExclusive}; drafts only when the filter asks for them. One statement.
     */
    public List<CalendarEvent> between(LocalDate from, LocalDate toExclusive, CalendarFilter filter) {
        return queries.between(from, toExclusive, filter);
    }
}
