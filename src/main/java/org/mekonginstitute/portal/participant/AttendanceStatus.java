package org.mekonginstitute.portal.participant;

/** Where an enrolment stands, from the invitation to whether the person came. */
public enum AttendanceStatus {
    INVITED("Invited", "text-bg-light border"),
    REGISTERED("Registered", "text-bg-info"),
    CONFIRMED("Confirmed", "text-bg-primary"),
    ATTENDED("Attended", "text-bg-success"),
    NO_SHOW("No-show", "text-bg-warning"),
    WITHDRAWN("Withdrawn", "text-bg-secondary");

    private final String label;
    private final String badge;

    AttendanceStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }

    /** Counts towards the number expected in the room (for the target warning). */
    boolean expected() {
        return this != WITHDRAWN && this != NO_SHOW;
    }
}
