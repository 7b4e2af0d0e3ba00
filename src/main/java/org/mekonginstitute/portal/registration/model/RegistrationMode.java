package org.mekonginstitute.portal.registration.model;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

/** Who brings people to an activity: partner organisations nominate them, they register themselves, or both. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum RegistrationMode implements Labelled {
    NOMINATION(true, false),
    OPEN(false, true),
    BOTH(true, true);

    /** Partner organisations get nomination links. */
    private final boolean nominations;
    /** The activity has one open registration link. */
    private final boolean openLink;
}
