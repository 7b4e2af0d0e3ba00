package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.shared.Labelled;

/**
 * How a participant describes their gender; results are reported disaggregated by it. Named in the bundles
 * (i18n/participant.properties).
 */
public enum Gender implements Labelled {
    FEMALE,
    MALE,
    OTHER,
    UNDISCLOSED
}
