package org.mekonginstitute.portal.reporting.iati;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.ProjectStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** When IATI is told a project actually started and ended: from its held activities, never in the future. */
class IatiDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void aProjectActuallyStartedWithItsFirstHeldActivity() {
        LocalDate firstHeld = LocalDate.of(2025, 3, 10);
        assertThat(project(ProjectStatus.ONGOING, firstHeld, null).actualStart(TODAY))
                .isEqualTo(firstHeld);
        assertThat(project(ProjectStatus.PIPELINE, firstHeld, null).actualStart(TODAY))
                .isEqualTo(firstHeld);
    }

    @Test
    void anOngoingOrCompletedProjectWithoutHeldActivitiesStartedOnItsStartDateOnceItIsPast() {
        assertThat(project(ProjectStatus.ONGOING, null, null).actualStart(TODAY))
                .isEqualTo(START);
        assertThat(project(ProjectStatus.COMPLETED, null, null).actualStart(TODAY))
                .isEqualTo(START);
        assertThat(project(ProjectStatus.ONGOING, null, null).actualStart(START.minusDays(1)))
                .isNull();
        assertThat(project(ProjectStatus.PIPELINE, null, null).actualStart(TODAY))
                .isNull();
    }

    @Test
    void onlyACompletedProjectHasActuallyEndedAndNeverAfterToday() {
        LocalDate lastHeld = LocalDate.of(2026, 6, 30);
        assertThat(project(ProjectStatus.ONGOING, null, lastHeld).actualEnd(TODAY))
                .isNull();
        assertThat(project(ProjectStatus.COMPLETED, null, lastHeld).actualEnd(TODAY))
                .isEqualTo(lastHeld);
        assertThat(project(ProjectStatus.COMPLETED, null, null).actualEnd(TODAY))
                .as("its end date, 31 Dec 2026, is still ahead")
                .isEqualTo(TODAY);
        assertThat(project(ProjectStatus.COMPLETED, null, null).actualEnd(END.plusDays(1)))
                .isEqualTo(END);
    }

    private static IatiActivity project(ProjectStatus status, LocalDate firstHeld, LocalDate lastHeld) {
        return new IatiActivity(
                1,
                "MI-1",
                "Title",
                null,
                null,
                status,
                START,
                END,
                List.of("TH"),
                "43081",
                Instant.EPOCH,
                firstHeld,
                lastHeld,
                List.of(),
                List.of());
    }
}
