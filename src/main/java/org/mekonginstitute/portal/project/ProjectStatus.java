package org.mekonginstitute.portal.project;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Where a project stands. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ProjectStatus {
    PIPELINE("Pipeline", "text-bg-info"),
    ONGOING("Ongoing", "text-bg-success"),
    COMPLETED("Completed", "text-bg-secondary"),
    CANCELLED("Cancelled", "text-bg-danger");

    private final String label;
    /** The Bootstrap badge class that colours this status. */
    private final String badge;
}
