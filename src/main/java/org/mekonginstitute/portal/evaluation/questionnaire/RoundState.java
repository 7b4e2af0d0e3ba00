package org.mekonginstitute.portal.evaluation.questionnaire;

import org.mekonginstitute.portal.shared.Labelled;

/** A round not yet opened, open to answers, or closed. Named in i18n/evaluation.properties. */
public enum RoundState implements Labelled {
    NOT_OPENED,
    OPEN,
    CLOSED
}
