package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.shared.Labelled;

/** The part a person plays in an activity. Named in the bundles (i18n/participant.properties). */
public enum EnrolmentRole implements Labelled {
    PARTICIPANT,
    RESOURCE_PERSON,
    FACILITATOR,
    OBSERVER
}
