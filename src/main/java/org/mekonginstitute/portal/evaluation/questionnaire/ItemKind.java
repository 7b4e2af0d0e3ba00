package org.mekonginstitute.portal.evaluation.questionnaire;

/** What an item asks for: one of several answers, true or false, a rating from 1 to 5, or words. */
public enum ItemKind {
    MULTIPLE_CHOICE("Multiple choice"),
    TRUE_FALSE("True or false"),
    RATING("Rating 1–5"),
    OPEN("Open question");

    /** The two answers of a true-or-false item, in this order. */
    public static final java.util.List<String> TRUE_OR_FALSE = java.util.List.of("True", "False");

    private final String label;

    ItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Scored against a right answer. */
    public boolean scored() {
        return this == MULTIPLE_CHOICE || this == TRUE_FALSE;
    }
}
