package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** The part a person plays in an activity. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum EnrolmentRole {
    PARTICIPANT("Participant"),
    RESOURCE_PERSON("Resource person"),
    FACILITATOR("Facilitator"),
    OBSERVER("Observer");

    private final String label;
}
