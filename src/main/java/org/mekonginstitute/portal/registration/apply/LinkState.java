package org.mekonginstitute.portal.registration.apply;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What a registration link opens on a given day: the form, or a page that says why not. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum LinkState {
    OPEN("Registration is open", false),
    UNKNOWN("This link is not known", true),
    REVOKED("This link no longer works", true),
    NOT_YET("Registration has not opened yet", false),
    CLOSED("Registration is closed", false),
    FULL("All places are taken", false),
    LIMIT_REACHED("This link has brought all the applications it may", false);

    private final String heading;
    /** Answered 404: there is nothing to show behind the link. */
    private final boolean notFound;
}
