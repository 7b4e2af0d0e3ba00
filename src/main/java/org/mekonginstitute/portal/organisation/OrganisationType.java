package org.mekonginstitute.portal.organisation;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What kind of body a donor or partner is. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum OrganisationType {
    DONOR_AGENCY("Donor agency"),
    GOVERNMENT_AGENCY("Government agency"),
    INTERGOVERNMENTAL_ORGANISATION("Intergovernmental organisation"),
    SECRETARIAT("Secretariat"),
    NGO("NGO"),
    NETWORK("Network"),
    ACADEMIC("Academic"),
    PRIVATE_SECTOR("Private sector"),
    MEDIA("Media"),
    RECRUITMENT_AGENCY("Recruitment agency"),
    FOUNDATION("Foundation");

    private final String label;
}
