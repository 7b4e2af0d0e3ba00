package org.mekonginstitute.portal.participant;

/** How far an action plan has come. */
public enum ActionPlanStatus {
    NOT_STARTED("Not started", "text-bg-light border"),
    IN_PROGRESS("In progress", "text-bg-info"),
    COMPLETED("Completed", "text-bg-success"),
    DROPPED("Dropped", "text-bg-secondary");

    private final String label;
    private final String badge;

    ActionPlanStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }
}
