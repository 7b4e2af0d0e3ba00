package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.InvalidInput;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** How an action plan is followed up: what progress it accepts and the status each update leaves it in. */
class ActionPlanTest {

    static final LocalDate TODAY = LocalDate.of(2020, 11, 23);
    static final Instant NOW = Instant.parse("2020-11-23T08:00:00Z");

    @Test
    void progressLeavesThePlanInTheStatusItNames() {
        ActionPlan plan = new ActionPlan(null);

        plan.recordProgress(progress(TODAY, "Curriculum adapted.", ActionPlanStatus.IN_PROGRESS), TODAY, "staff", NOW);
        plan.recordProgress(
                progress(TODAY, "14 sessions held for 620 workers.", ActionPlanStatus.COMPLETED), TODAY, "staff", NOW);

        assertThat(plan.getStatus()).isEqualTo(ActionPlanStatus.COMPLETED);
        assertThat(plan.getUpdates())
                .extracting(ActionPlanUpdate::getStatusAfter)
                .containsExactly(ActionPlanStatus.IN_PROGRESS, ActionPlanStatus.COMPLETED);
    }

    @Test
    void theNoteIsKeptWithoutTheSpaceAroundIt() {
        ActionPlan plan = new ActionPlan(null);

        plan.recordProgress(
                progress(TODAY, "  Guideline drafted.\n", ActionPlanStatus.IN_PROGRESS), TODAY, "staff", NOW);

        assertThat(plan.getUpdates()).singleElement().satisfies(update -> {
            assertThat(update.getNote()).isEqualTo("Guideline drafted.");
            assertThat(update.getRecordedBy()).isEqualTo("staff");
            assertThat(update.getRecordedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void progressNeedsADateNoLaterThanTodayANoteAndTheStatusAfter() {
        assertThat(refusals(progress(null, "Done.", ActionPlanStatus.COMPLETED)))
                .containsExactly("updateDate: Enter the date of the update.");
        assertThat(refusals(progress(TODAY.plusDays(1), "Done.", ActionPlanStatus.COMPLETED)))
                .containsExactly("updateDate: The date cannot be in the future.");
        assertThat(refusals(progress(TODAY, " ", ActionPlanStatus.COMPLETED)))
                .containsExactly("note: Describe the progress.");
        assertThat(refusals(progress(TODAY, "x".repeat(10_001), ActionPlanStatus.COMPLETED)))
                .containsExactly("note: At most 10,000 characters.");
        assertThat(refusals(progress(TODAY, "Done.", null)))
                .containsExactly("statusAfter: Choose the status after this update.");
    }

    @Test
    void refusedProgressChangesNothing() {
        ActionPlan plan = new ActionPlan(null);

        assertThatThrownBy(() -> plan.recordProgress(
                        progress(TODAY.plusDays(1), "Done.", ActionPlanStatus.COMPLETED), TODAY, "staff", NOW))
                .isInstanceOf(InvalidInput.class);

        assertThat(plan.getStatus()).isEqualTo(ActionPlanStatus.NOT_STARTED);
        assertThat(plan.getUpdates()).isEmpty();
    }

    private static List<String> refusals(Progress progress) {
        try {
            new ActionPlan(null).recordProgress(progress, TODAY, "staff", NOW);
            return List.of();
        } catch (InvalidInput refused) {
            return refused.problems().stream()
                    .map(p -> p.field() + ": " + p.message())
                    .toList();
        }
    }

    private static Progress progress(LocalDate date, String note, ActionPlanStatus statusAfter) {
        return new Progress(date, note, statusAfter);
    }
}
