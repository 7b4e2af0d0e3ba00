package org.mekonginstitute.portal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mekonginstitute.portal.activity.ActivityStatus.APPROVED;
import static org.mekonginstitute.portal.activity.ActivityStatus.CANCELLED;
import static org.mekonginstitute.portal.activity.ActivityStatus.COMPLETED;
import static org.mekonginstitute.portal.activity.ActivityStatus.DRAFT;
import static org.mekonginstitute.portal.activity.ActivityStatus.POSTPONED;
import static org.mekonginstitute.portal.activity.ActivityStatus.RETURNED;
import static org.mekonginstitute.portal.activity.ActivityStatus.SUBMITTED;
import static org.mekonginstitute.portal.activity.ReviewAction.APPROVE;
import static org.mekonginstitute.portal.activity.ReviewAction.CANCEL;
import static org.mekonginstitute.portal.activity.ReviewAction.COMPLETE;
import static org.mekonginstitute.portal.activity.ReviewAction.POSTPONE;
import static org.mekonginstitute.portal.activity.ReviewAction.REPLAN;
import static org.mekonginstitute.portal.activity.ReviewAction.RETURN;
import static org.mekonginstitute.portal.activity.ReviewAction.SUBMIT;
import static org.mekonginstitute.portal.user.Role.ADMIN;
import static org.mekonginstitute.portal.user.Role.MANAGER;
import static org.mekonginstitute.portal.user.Role.STAFF;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.user.Role;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review workflow of an activity, as the institute runs it: staff plan and submit, a manager approves or
 * returns, staff complete or postpone, a manager cancels. Decided by the activity itself, so no application is
 * started here.
 */
class ReviewRulesTest {

    /** From each state, each step, and the least role allowed to take it; absent means nobody may. */
    private static final Map<ActivityStatus, Map<ReviewAction, Role>> ALLOWED = Map.of(
            DRAFT, Map.of(SUBMIT, STAFF, CANCEL, MANAGER),
            SUBMITTED, Map.of(APPROVE, MANAGER, RETURN, MANAGER, CANCEL, MANAGER),
            APPROVED, Map.of(COMPLETE, STAFF, POSTPONE, STAFF, CANCEL, MANAGER),
            RETURNED, Map.of(SUBMIT, STAFF, CANCEL, MANAGER),
            POSTPONED, Map.of(REPLAN, STAFF, CANCEL, MANAGER),
            COMPLETED, Map.of(),
            CANCELLED, Map.of());

    /** The steps that lead a new activity to each state. */
    private static final Map<ActivityStatus, List<ReviewAction>> PATH = Map.of(
            DRAFT, List.of(),
            SUBMITTED, List.of(SUBMIT),
            APPROVED, List.of(SUBMIT, APPROVE),
            RETURNED, List.of(SUBMIT, RETURN),
            COMPLETED, List.of(SUBMIT, APPROVE, COMPLETE),
            POSTPONED, List.of(SUBMIT, APPROVE, POSTPONE),
            CANCELLED, List.of(CANCEL));

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Instant NOW = Instant.parse("2025-06-10T03:00:00Z");

    @Test
    void everyStepIsAllowedOrRefusedExactlyAsTheWorkflowSaysForEveryRole() {
        List<String> mismatches = new ArrayList<>();
        for (ActivityStatus status : ActivityStatus.values()) {
            for (ReviewAction action : ReviewAction.values()) {
                for (Role role : Role.values()) {
                    Role least = ALLOWED.get(status).get(action);
                    boolean expected = least != null && role.includes(least);
                    Activity activity = inState(status, LocalDate.of(2025, 6, 3));
                    if (activity.actionsFor(role, TODAY).contains(action) != expected) {
                        mismatches.add(role + " " + action + " from " + status + ": expected "
                                + (expected ? "" : "not ") + "offered");
                    }
                    boolean happened;
                    try {
                        activity.take(action, role, TODAY, "A comment", "someone", NOW);
                        happened = true;
                    } catch (TransitionRefused refused) {
                        happened = false;
                        assertThat(activity.getStatus())
                                .as("refused step changes nothing")
                                .isEqualTo(status);
                    }
                    if (happened != expected) {
                        mismatches.add(role + " " + action + " from " + status + ": expected "
                                + (expected ? "allowed" : "refused"));
                    }
                    if (happened) {
                        assertThat(activity.getStatus()).isEqualTo(action.target());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void returningPostponingAndCancellingNeedAComment() {
        assertThat(ReviewAction.values())
                .filteredOn(ReviewAction::commentRequired)
                .containsExactlyInAnyOrder(RETURN, POSTPONE, CANCEL);
        Activity submitted = inState(SUBMITTED, LocalDate.of(2025, 3, 3));
        assertThatThrownBy(() -> submitted.take(RETURN, MANAGER, TODAY, "  ", "manager", NOW))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("Say why in the comment: “Return with comment” needs one.");
        assertThat(submitted.getStatus()).isEqualTo(SUBMITTED);
        assertThat(submitted.take(APPROVE, MANAGER, TODAY, null, "manager", NOW).getComment())
                .isNull();
    }

    @Test
    void aCommentIsKeptOnlyWhenItFitsAndCanBeStored() {
        Activity submitted = inState(SUBMITTED, LocalDate.of(2025, 3, 3));
        assertThatThrownBy(() -> submitted.take(RETURN, MANAGER, TODAY, "x".repeat(5001), "manager", NOW))
                .hasMessage("The comment is too long (at most 5,000 characters).");
        assertThatThrownBy(() -> submitted.take(RETURN, MANAGER, TODAY, "Fix\u0000it", "manager", NOW))
                .hasMessageStartingWith("The comment was not saved. Remove the invisible character U+0000");
        assertThat(submitted.getStatus()).isEqualTo(SUBMITTED);
        assertThat(submitted
                        .take(RETURN, MANAGER, TODAY, "x".repeat(5000), "manager", NOW)
                        .getComment())
                .hasSize(5000);
    }

    @Test
    void anActivityIsMarkedCompletedOnlyOnceItHasStarted() {
        Activity later = inState(APPROVED, LocalDate.of(2039, 3, 3));
        assertThat(later.actionsFor(STAFF, TODAY)).contains(POSTPONE).doesNotContain(COMPLETE);
        assertThatThrownBy(() -> later.take(COMPLETE, STAFF, TODAY, null, "staff", NOW))
                .isInstanceOf(TransitionRefused.class)
                .hasMessage("An activity can be marked completed once it has started; this one starts on 3 Mar 2039.");
        assertThat(later.getStatus()).isEqualTo(APPROVED);

        Activity today = inState(APPROVED, TODAY);
        assertThat(today.actionsFor(STAFF, TODAY)).contains(COMPLETE);
        Activity planned = inState(APPROVED, null);
        assertThat(planned.actionsFor(STAFF, TODAY))
                .as("a planned window has no start to wait for")
                .contains(COMPLETE);
    }

    @Test
    void refusalsReadAsPlainSentences() {
        Activity approved = inState(APPROVED, LocalDate.of(2025, 3, 3));
        assertThatThrownBy(() -> approved.take(SUBMIT, STAFF, TODAY, null, "staff", NOW))
                .hasMessage("An approved activity cannot be submitted: only draft or returned activities can.");
        assertThatThrownBy(() -> approved.take(CANCEL, STAFF, TODAY, "No budget", "staff", NOW))
                .hasMessage("Only a manager can cancel an activity.");
        assertThatThrownBy(() -> inState(DRAFT, TODAY).take(APPROVE, MANAGER, TODAY, null, "manager", NOW))
                .hasMessageStartingWith("A draft activity cannot be approved");
        assertThatThrownBy(() -> inState(CANCELLED, TODAY).take(COMPLETE, MANAGER, TODAY, null, "manager", NOW))
                .hasMessage("A cancelled activity cannot be marked completed: only approved activities can.");
    }

    @Test
    void eachStepIsRecordedWithWhoWhenFromWhatToWhatAndWhy() {
        Activity activity = inState(DRAFT, LocalDate.of(2025, 3, 3));
        ActivityTransition submitted = activity.take(SUBMIT, STAFF, TODAY, null, "staff@example.org", NOW);
        assertThat(activity.getSubmittedAt()).as("the queue's order").isEqualTo(NOW);
        ActivityTransition returned =
                activity.take(RETURN, MANAGER, TODAY, "  Add the venue  ", "manager@example.org", NOW.plusSeconds(60));
        assertThat(List.of(submitted, returned))
                .extracting(
                        ActivityTransition::getFromStatus,
                        ActivityTransition::getToStatus,
                        ActivityTransition::getDecidedBy,
                        ActivityTransition::getDecidedAt,
                        ActivityTransition::getComment)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DRAFT, SUBMITTED, "staff@example.org", NOW, null),
                        org.assertj.core.groups.Tuple.tuple(
                                SUBMITTED, RETURNED, "manager@example.org", NOW.plusSeconds(60), "Add the venue"));
        assertThat(activity.getSubmittedAt()).isEqualTo(NOW);
    }

    @Test
    void draftsReturnedAndPostponedActivitiesAreOpenToChangeApprovedOnesOnlyToManagers() {
        Map<ActivityStatus, Role> leastToEdit =
                Map.of(DRAFT, STAFF, RETURNED, STAFF, POSTPONED, STAFF, APPROVED, MANAGER, COMPLETED, MANAGER);
        for (ActivityStatus status : ActivityStatus.values()) {
            for (Role role : Role.values()) {
                Role least = leastToEdit.get(status);
                assertThat(inState(status, LocalDate.of(2025, 3, 3)).canBeEditedBy(role))
                        .as(role + " edits " + status)
                        .isEqualTo(least != null && role.includes(least));
            }
        }
        assertThatThrownBy(() -> inState(SUBMITTED, TODAY).checkEditableBy(ADMIN))
                .hasMessage(
                        "This activity is under review and cannot be changed now; a manager can return it for changes.");
        assertThatThrownBy(() -> inState(APPROVED, TODAY).checkEditableBy(STAFF))
                .hasMessage("An approved activity cannot be changed by program staff.");
        assertThatThrownBy(() -> inState(CANCELLED, TODAY).checkEditableBy(ADMIN))
                .hasMessage("A cancelled activity cannot be changed.");
    }

    /** A new activity starting on {@code start} (or only planned, for null), brought to the state by its steps. */
    private static Activity inState(ActivityStatus status, LocalDate start) {
        Activity activity = new Activity(null);
        activity.apply(
                ActivityPlan.builder()
                        .type(ActivityType.WORKSHOP)
                        .title("Workshop")
                        .modality(Modality.IN_PERSON)
                        .plannedFrom(start == null ? java.time.YearMonth.of(2025, 3) : null)
                        .startDate(start)
                        .build(),
                null,
                Set.of());
        for (ReviewAction step : PATH.get(status)) {
            activity.take(step, ADMIN, TODAY, "Because", "someone", NOW);
        }
        return activity;
    }
}
