package org.mekonginstitute.portal.activity;

import org.mekonginstitute.portal.user.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of an activity's life: who may take each, from which states, and whether a comment is required.
 * Anything not listed here is refused.
 */
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

    private final String label;
    /** How the step reads in a sentence: "only a manager can approve", "cannot be approved". */
    private final String verb;

    private final String done;
    private final ActivityStatus target;
    private final Role role;
    private final boolean commentRequired;
    private final Set<ActivityStatus> from;

    ReviewAction(
            String label,
            String verb,
            String done,
            ActivityStatus target,
            Role role,
            boolean commentRequired,
            Set<ActivityStatus> from) {
        this.label = label;
        this.verb = verb;
        this.done = done;
        this.target = target;
        this.role = role;
        this.commentRequired = commentRequired;
        this.from = from;
    }

    public String label() {
        return label;
    }

    public ActivityStatus target() {
        return target;
    }

    public Role role() {
        return role;
    }

    public boolean commentRequired() {
        return commentRequired;
    }

    public boolean allowedFrom(ActivityStatus status) {
        return from.contains(status);
    }

    /** Why this step is refused for this user and state, or null when it is allowed. */
    String refusal(ActivityStatus status, Role userRole) {
        if (!userRole.includes(role)) {
            return "Only a " + role.label().toLowerCase() + " can " + verb + " an activity.";
        }
        if (!allowedFrom(status)) {
            return status.withArticle() + " activity cannot be " + done + ": only " + fromText() + " activities can.";
        }
        return null;
    }

    private String fromText() {
        return String.join(
                " or ", from.stream().map(s -> s.label().toLowerCase()).toList());
    }
}
