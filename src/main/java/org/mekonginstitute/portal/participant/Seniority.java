package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.shared.Labelled;

/**
 * How senior a participant is in their organisation. Named in the bundles
 * (i18n/participant.properties).
 */
public enum Seniority implements Labelled {
    JUNIOR,
    MIDDLE,
    SENIOR,
    EXECUTIVE
}
