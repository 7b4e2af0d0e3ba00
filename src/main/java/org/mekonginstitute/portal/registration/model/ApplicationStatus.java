package org.mekonginstitute.portal.registration.model;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

/**
 * Where an application stands: waiting for staff, accepted (enrolled), on the waiting list, declined, withdrawn.
 * Named in i18n/registration.properties.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ApplicationStatus implements Labelled {
    SUBMITTED("text-bg-warning"),
    ACCEPTED("text-bg-success"),
    WAITING_LIST("text-bg-info"),
    DECLINED("text-bg-secondary"),
    WITHDRAWN("text-bg-light border");

    /** The Bootstrap badge class that colours this status. */
    private final String badge;

    /** Staff have still to decide, or may yet accept it from the waiting list. */
    public boolean open() {
        return this == SUBMITTED || this == WAITING_LIST;
    }
}
