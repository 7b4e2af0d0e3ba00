package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.user.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of an activity's life: who may take each, from which states, and whether a comment is required.
 * Anything not listed here is refused.
 */
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ReviewAction {
    SUBMIT(
            "Submit for review",
            "submit",
            "submitted",
            ActivityStatus.SUBMITTED,
            Role.STAFF,
            false,
            EnumSet.of(ActivityStatus.DRAFT, ActivityStatus.RETURNED)),
    APPROVE(
            "Approve",
            "approve",
            "approved",
            ActivityStatus.APPROVED,
            Role.MANAGER,
            false,
            EnumSet.of(ActivityStatus.SUBMITTED)),
    RETURN(
            "Return with comment",
            "return",
            "returned",
            ActivityStatus.RETURNED,
            Role.MANAGER,
            true,
            EnumSet.of(ActivityStatus.SUBMITTED)),
    COMPLETE(
            "Mark completed",
            "mark completed",
            "marked completed",
            ActivityStatus.COMPLETED,
            Role.STAFF,
            false,
            EnumSet.of(ActivityStatus.APPROVED)),
    POSTPONE(
            "Postpone",
            "postpone",
            "postponed",
            ActivityStatus.POSTPONED,
            Role.STAFF,
            true,
            EnumSet.of(ActivityStatus.APPROVED)),
    REPLAN(
            "Re-plan as draft",
            "re-plan",
            "re-planned",
            ActivityStatus.DRAFT,
            Role.STAFF,
            false,
            EnumSet.of(ActivityStatus.POSTPONED)),
    CANCEL(
            "Cancel activity",
            "cancel",
            "cancelled",
            ActivityStatus.CANCELLED,
            Role.MANAGER,
            true,
            EnumSet.of(
                    ActivityStatus.DRAFT,
                    ActivityStatus.SUBMITTED,
                    ActivityStatus.APPROVED,
                    ActivityStatus.RETURNED,
                    ActivityStatus.POSTPONED));

    @Getter
    private final String label;

    /** How the step reads in a sentence: "only a manager can approve", "cannot be approved". */
    private final String verb;

    private final String done;

    /** Where the step takes the activity. */
    @Getter
    private final ActivityStatus target;

    /** The least role that may take the step. */
    @Getter
    private final Role role;

    /** Whether the step must say why: the person who planned the activity reads it. */
    @Getter
    private final boolean commentRequired;

    private final Set<ActivityStatus> from;

    public boolean allowedFrom(ActivityStatus status) {
        return from.contains(status);
    }

    /** Why someone with this role may not take this step from this state; empty when they may. */
    Optional<String> refusal(ActivityStatus status, Role userRole) {
        if (!userRole.includes(role)) {
            return Optional.of("Only a " + role.label().toLowerCase() + " can " + verb + " an activity.");
        }
        if (!allowedFrom(status)) {
            return Optional.of(
                    status.withArticle() + " activity cannot be " + done + ": only " + fromText() + " activities can.");
        }
        return Optional.empty();
    }

    private String fromText() {
        return String.join(
                " or ", from.stream().map(s -> s.label().toLowerCase()).toList());
    }
}
