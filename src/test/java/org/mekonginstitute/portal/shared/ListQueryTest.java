package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;

/** A list's filters become conditions only when the user set them. */
class ListQueryTest {

    @Test
    void aFilterLeftEmptyAddsNoCondition() {
        ListQuery query = new ListQuery()
                .whereGiven("a.country = :country", "country", null)
                .whereGiven("a.country = :country", "country", "  ")
                .search("a.title ilike :q", "")
                .search("a.title ilike :q", null);

        assertThat(query.whereClause()).isEmpty();
        assertThat(query.params().getValues()).isEmpty();
    }

    @Test
    void aChoiceIsComparedByItsStoredNameAndSearchTextMatchesLiterallyAnywhere() {
        ListQuery query = new ListQuery()
                .whereGiven("a.day = :day", "day", DayOfWeek.MONDAY)
                .whereGiven("a.project_id = :project", "project", 7L)
                .search("a.title ilike :q", " 100%_done ");

        assertThat(query.whereClause())
                .isEqualTo(" where a.day = :day and a.project_id = :project and a.title ilike :q");
        assertThat(query.params().getValues())
                .containsEntry("day", "MONDAY")
                .containsEntry("project", 7L)
                .containsEntry("q", "%100\\%\\_done%");
    }
}
