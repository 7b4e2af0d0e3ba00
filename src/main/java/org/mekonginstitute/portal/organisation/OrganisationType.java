package org.mekonginstitute.portal.organisation;

import org.mekonginstitute.portal.shared.Labelled;

/**
 * What kind of body a donor or partner is. Named in the bundles (i18n/organisation.properties:
 * {@code OrganisationType.NGO=NGO}).
 */
public enum OrganisationType implements Labelled {
    DONOR_AGENCY,
    GOVERNMENT_AGENCY,
    INTERGOVERNMENTAL_ORGANISATION,
    SECRETARIAT,
    NGO,
    NETWORK,
    ACADEMIC,
    PRIVATE_SECTOR,
    MEDIA,
    RECRUITMENT_AGENCY,
    FOUNDATION
}
