package org.mekonginstitute.portal.registration.model;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Who brings people to an activity: partner organisations nominate them, they register themselves, or both. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum RegistrationMode {
    NOMINATION("Partners nominate participants", true, false),
    OPEN("People register themselves", false, true),
    BOTH("Partners nominate and people register themselves", true, true);

    private final String label;
    /** Partner organisations get nomination links. */
    private final boolean nominations;
    /** The activity has one open registration link. */
    private final boolean openLink;
}
