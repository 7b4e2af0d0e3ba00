package org.mekonginstitute.portal.project;

import org.mekonginstitute.portal.shared.Labelled;

/**
 * What a partner organisation does in a project. Named in the bundles (i18n/project.properties:
 * {@code PartnershipRole.HOST=Host}).
 */
public enum PartnershipRole implements Labelled {
    CO_ORGANISER,
    IMPLEMENTING_PARTNER,
    HOST,
    TECHNICAL_PARTNER,
    GOVERNMENT_COUNTERPART
}
