package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** How people take part: in the room, online, or both. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Modality {
    IN_PERSON("In person"),
    ONLINE("Online"),
    HYBRID("Hybrid");

    private final String label;
}
