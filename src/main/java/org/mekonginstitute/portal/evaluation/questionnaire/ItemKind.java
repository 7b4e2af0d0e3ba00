package org.mekonginstitute.portal.evaluation.questionnaire;

import org.mekonginstitute.portal.shared.Labelled;
import org.mekonginstitute.portal.shared.Text;

import java.util.List;

/**
 * What an item asks for: one of several answers, true or false, a rating from 1 to 5, or words. Named in
 * i18n/evaluation.properties.
 */
public enum ItemKind implements Labelled {
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    RATING,
    OPEN;

    /** The two answers of a true-or-false item, in this order, in the reader's language. */
    public static List<String> trueOrFalse() {
        return List.of(Text.of("evaluation.item.true"), Text.of("evaluation.item.false"));
    }

    /** Scored against a right answer. */
    public boolean scored() {
        return this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }
}
