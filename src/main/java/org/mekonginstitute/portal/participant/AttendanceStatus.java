package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Where an enrolment stands, from the invitation to whether the person came. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum AttendanceStatus {
    INVITED("Invited", "text-bg-light border"),
    REGISTERED("Registered", "text-bg-info"),
    CONFIRMED("Confirmed", "text-bg-primary"),
    ATTENDED("Attended", "text-bg-success"),
    NO_SHOW("No-show", "text-bg-warning"),
    WITHDRAWN("Withdrawn", "text-bg-secondary");

    private final String label;
    /** The Bootstrap badge class that colours this status. */
    private final String badge;

    /** Counts towards the number expected in the room (for the target warning). */
    public boolean expected() {
        return this != WITHDRAWN && this != NO_SHOW;
    }
}
