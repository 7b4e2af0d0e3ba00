package org.mekonginstitute.portal.registration.model;

import org.mekonginstitute.portal.shared.Labelled;

/** Whether the registration form asks an optional question, and whether it must be answered. */
public enum Asked implements Labelled {
    OFF,
    OPTIONAL,
    REQUIRED;

    public boolean shown() {
        return this != OFF;
    }
}
