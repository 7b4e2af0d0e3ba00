package org.mekonginstitute.portal.activity;

import org.mekonginstitute.portal.shared.Labelled;

/** How people take part: in the room, online, or both. Named in i18n/activity.properties. */
public enum Modality implements Labelled {
    IN_PERSON,
    ONLINE,
    HYBRID
}
