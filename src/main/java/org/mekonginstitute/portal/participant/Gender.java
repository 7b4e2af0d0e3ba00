package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** How a participant describes their gender; results are reported disaggregated by it. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Gender {
    FEMALE("Female"),
    MALE("Male"),
    OTHER("Other"),
    UNDISCLOSED("Prefers not to say");

    private final String label;
}
