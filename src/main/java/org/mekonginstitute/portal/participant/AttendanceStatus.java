package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

import java.util.Arrays;
import java.util.List;

/**
 * Where an enrolment stands, from the invitation to whether the person came. Named in the bundles
 * (i18n/participant.properties).
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum AttendanceStatus implements Labelled {
    INVITED("text-bg-light border"),
    REGISTERED("text-bg-info"),
    CONFIRMED("text-bg-primary"),
    ATTENDED("text-bg-success"),
    NO_SHOW("text-bg-warning"),
    WITHDRAWN("text-bg-secondary");

    /** The Bootstrap badge class that colours this status. */
    private final String badge;

    /** Counts towards the number expected in the room (for the target warning). */
    public boolean expected() {
        return this != WITHDRAWN && this != NO_SHOW;
    }

    /** The names of the statuses {@link #expected()}, as the tables store them: for counts in SQL. */
    static List<String> expectedNames() {
        return Arrays.stream(values())
                .filter(AttendanceStatus::expected)
                .map(Enum::name)
                .toList();
    }
}
