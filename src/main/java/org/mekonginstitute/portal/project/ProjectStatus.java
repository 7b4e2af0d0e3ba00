package org.mekonginstitute.portal.project;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

/** Where a project stands. Named in the bundles (i18n/project.properties: {@code ProjectStatus.ONGOING=Ongoing}). */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ProjectStatus implements Labelled {
    PIPELINE("text-bg-info"),
    ONGOING("text-bg-success"),
    COMPLETED("text-bg-secondary"),
    CANCELLED("text-bg-danger");

    /** The Bootstrap badge class that colours this status. */
    private final String badge;
}
