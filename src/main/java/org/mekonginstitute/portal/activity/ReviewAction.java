package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of an activity's life: who may take each, from which states, and whether a comment is required.
 * Anything not listed here is refused. Named in i18n/activity.properties, with how each reads in a sentence.
 */
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ReviewAction implements Labelled {
    SUBMIT(ActivityStatus.SUBMITTED, Role.STAFF, false, EnumSet.of(ActivityStatus.DRAFT, ActivityStatus.RETURNED)),
    APPROVE(ActivityStatus.APPROVED, Role.MANAGER, false, EnumSet.of(ActivityStatus.SUBMITTED)),
    RETURN(ActivityStatus.RETURNED, Role.MANAGER, true, EnumSet.of(ActivityStatus.SUBMITTED)),
    COMPLETE(ActivityStatus.COMPLETED, Role.STAFF, false, EnumSet.of(ActivityStatus.APPROVED)),
    POSTPONE(ActivityStatus.POSTPONED, Role.STAFF, true, EnumSet.of(ActivityStatus.APPROVED)),
    REPLAN(ActivityStatus.DRAFT, Role.STAFF, false, EnumSet.of(ActivityStatus.POSTPONED)),
    CANCEL(
            ActivityStatus.CANCELLED,
            Role.MANAGER,
            true,
            EnumSet.of(
                    ActivityStatus.DRAFT,
                    ActivityStatus.SUBMITTED,
                    ActivityStatus.APPROVED,
                    ActivityStatus.RETURNED,
                    ActivityStatus.POSTPONED));

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
            return Optional.of(Text.of("activity.refusal.role", role.label().toLowerCase(), verb()));
        }
        if (!allowedFrom(status)) {
            return Optional.of(Text.of("activity.refusal.state", status.anActivity(), done(), fromText()));
        }
        return Optional.empty();
    }

    /** How the step reads in a sentence: "only a manager can approve an activity". */
    private String verb() {
        return Text.of(String.join(".", "activity.step.verb", name()));
    }

    /** How the step reads once taken: "cannot be approved". */
    private String done() {
        return Text.of(String.join(".", "activity.step.done", name()));
    }

    /** "draft or returned": the states the step is taken from. */
    private String fromText() {
        return from.stream()
                .map(s -> s.label().toLowerCase())
                .reduce((first, next) -> Text.of("activity.refusal.or", first, next))
                .orElse("");
    }
}
