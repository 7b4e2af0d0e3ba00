package org.mekonginstitute.portal.evaluation.answering;

import org.mekonginstitute.portal.evaluation.questionnaire.Round;

/** A round as the person's answer page shows it: open to them, answered already, or not open. */
public record RoundOffer(Round round, Offer offer) {

    public enum Offer {
        OPEN,
        ANSWERED,
        NOT_OPEN
    }
}
