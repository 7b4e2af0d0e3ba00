package org.mekonginstitute.portal.participant.web;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * How an activity's sign-in sheet is printed: up to five days fit side by side on one landscape page; a longer
 * activity gets one page per day (or the one day asked for), each with a signature column.
 */
final class SignInSheets {

    static final int DAYS_SIDE_BY_SIDE = 5;

    private SignInSheets() {}

    /** The days of each page; one page with no day (a blank date) while the activity has only a planned window. */
    static List<List<LocalDate>> of(List<LocalDate> days, LocalDate day) {
        if (day != null && days.contains(day)) {
            return List.of(List.of(day));
        }
        if (days.isEmpty()) {
            return Collections.singletonList(Collections.singletonList(null));
        }
        if (days.size() <= DAYS_SIDE_BY_SIDE) {
            return List.of(days);
        }
        return days.stream().map(List::of).toList();
    }

    /**
     * The days as the sheet names them, in the reader's language and calendar: "3 Jun" on the buttons that print one
     * day, "Tue 3 Jun" above a signature column.
     */
}
