package org.mekonginstitute.portal.evaluation.questionnaire;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** A round not yet opened, open to answers, or closed. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum RoundState {
    NOT_OPENED("Not opened"),
    OPEN("Open"),
    CLOSED("Closed");

    private final String label;
}
