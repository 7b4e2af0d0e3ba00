package org.mekonginstitute.portal.project;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What a partner organisation does in a project. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum PartnershipRole {
    CO_ORGANISER("Co-organiser"),
    IMPLEMENTING_PARTNER("Implementing partner"),
    HOST("Host"),
    TECHNICAL_PARTNER("Technical partner"),
    GOVERNMENT_COUNTERPART("Government counterpart");

    private final String label;
}
