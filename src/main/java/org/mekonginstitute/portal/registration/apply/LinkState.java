package org.mekonginstitute.portal.registration.apply;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

/**
 * What a registration link opens on a given day: the form, or a page that says why not. Its heading is its name in
 * i18n/registration.properties.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum LinkState implements Labelled {
    OPEN(false),
    UNKNOWN(true),
    REVOKED(true),
    NOT_YET(false),
    CLOSED(false),
    FULL(false),
    LIMIT_REACHED(false);

    /** Answered 404: there is nothing to show behind the link. */
    private final boolean notFound;

    /** "Registration is closed": the heading of the page the link opens. */
    public String heading() {
        return label();
    }
}
