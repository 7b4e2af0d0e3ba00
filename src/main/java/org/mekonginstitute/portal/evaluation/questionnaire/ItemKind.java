package org.mekonginstitute.portal.evaluation.questionnaire;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What an item asks for: one of several answers, true or false, a rating from 1 to 5, or words. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ItemKind {
    MULTIPLE_CHOICE("Multiple choice"),
    TRUE_FALSE("True or false"),
    RATING("Rating 1–5"),
    OPEN("Open question");

    /** The two answers of a true-or-false item, in this order. */
    public static final java.util.List<String> TRUE_OR_FALSE = java.util.List.of("True", "False");

    private final String label;

    /** Scored against a right answer. */
    public boolean scored() {
        return this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }
}
