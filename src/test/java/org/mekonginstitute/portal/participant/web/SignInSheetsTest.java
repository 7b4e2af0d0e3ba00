package org.mekonginstitute.portal.participant.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/** How the days of an activity are laid out on the pages of its sign-in sheet. */
class SignInSheetsTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 5, 5);

    @Test
    void upToFiveDaysStandSideBySideOnOnePage() {
        List<LocalDate> days = days(5);

        assertThat(SignInSheets.of(days, null)).containsExactly(days);
    }

    @Test
    void aLongerActivityGetsOnePagePerDay() {
        List<LocalDate> days = days(6);

        assertThat(SignInSheets.of(days, null))
                .hasSize(6)
                .allSatisfy(page -> assertThat(page).hasSize(1));
    }

    @Test
    void oneDayAskedForIsOnePage() {
        assertThat(SignInSheets.of(days(8), MONDAY.plusDays(2))).containsExactly(List.of(MONDAY.plusDays(2)));
        assertThat(SignInSheets.of(days(3), MONDAY.plusDays(9)))
                .as("a day the activity does not have")
                .containsExactly(days(3));
    }

    @Test
    void anActivityWithOnlyAPlannedWindowGetsOnePageWithABlankDate() {
        assertThat(SignInSheets.of(List.of(), null)).containsExactly(Collections.singletonList(null));
    }

    private static List<LocalDate> days(int count) {
        return MONDAY.datesUntil(MONDAY.plusDays(count)).toList();
    }
}
