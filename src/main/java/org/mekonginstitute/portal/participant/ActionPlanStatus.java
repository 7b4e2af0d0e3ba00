package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** How far an action plan has come. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ActionPlanStatus {
    NOT_STARTED("Not started", "text-bg-light border"),
    IN_PROGRESS("In progress", "text-bg-info"),
    COMPLETED("Completed", "text-bg-success"),
    DROPPED("Dropped", "text-bg-secondary");

    private final String label;
    /** The Bootstrap badge class that colours this status. */
    private final String badge;
}
