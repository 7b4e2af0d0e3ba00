package org.mekonginstitute.portal.project;

/** Where a project stands. */
public enum ProjectStatus {
    PIPELINE("Pipeline", "text-bg-info"),
    ONGOING("Ongoing", "text-bg-success"),
    COMPLETED("Completed", "text-bg-secondary"),
    CANCELLED("Cancelled", "text-bg-danger");

    private final String label;
    private final String badge;

    ProjectStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    /** The Bootstrap badge class that colours this status. */
    public String badge() {
        return badge;
    }
}
