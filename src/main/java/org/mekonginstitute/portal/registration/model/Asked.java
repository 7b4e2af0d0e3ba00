package org.mekonginstitute.portal.registration.model;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Whether the registration form asks an optional question, and whether it must be answered. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Asked {
    OFF("Not asked"),
    OPTIONAL("Asked"),
    REQUIRED("Required");

    private final String label;

    public boolean shown() {
        return this != OFF;
    }
}
