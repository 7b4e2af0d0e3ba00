package org.mekonginstitute.portal.registration.model;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Where an application stands: waiting for staff, accepted (enrolled), on the waiting list, declined, withdrawn. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ApplicationStatus {
    SUBMITTED("Waiting for review", "text-bg-warning"),
    ACCEPTED("Accepted", "text-bg-success"),
    WAITING_LIST("On the waiting list", "text-bg-info"),
    DECLINED("Declined", "text-bg-secondary"),
    WITHDRAWN("Withdrawn", "text-bg-light border");

    private final String label;
    /** The Bootstrap badge class that colours this status. */
    private final String badge;

    /** Staff have still to decide, or may yet accept it from the waiting list. */
    public boolean open() {
        return this == SUBMITTED || this == WAITING_LIST;
    }
}
