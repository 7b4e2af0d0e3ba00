package org.mekonginstitute.portal.evaluation.questionnaire;

/** A round not yet opened, open to answers, or closed. */
public enum RoundState {
    NOT_OPENED("Not opened"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;

    RoundState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
