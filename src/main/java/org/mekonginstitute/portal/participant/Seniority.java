package org.mekonginstitute.portal.participant;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** How senior a participant is in their organisation. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Seniority {
    JUNIOR("Junior"),
    MIDDLE("Middle level"),
    SENIOR("Senior"),
    EXECUTIVE("Executive");

    private final String label;
}
