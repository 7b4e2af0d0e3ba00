package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

/** How far an action plan has come. Named in the bundles (i18n/participant.properties). */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ActionPlanStatus implements Labelled {
    NOT_STARTED("text-bg-light border"),
    IN_PROGRESS("text-bg-info"),
    COMPLETED("text-bg-success"),
    DROPPED("text-bg-secondary");

    /** The Bootstrap badge class that colours this status. */
    private final String badge;
}
