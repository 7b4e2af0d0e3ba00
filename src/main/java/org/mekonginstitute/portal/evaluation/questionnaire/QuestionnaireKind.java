package org.mekonginstitute.portal.evaluation.questionnaire;

import java.util.List;

/** A test (the same items before and after the activity, scored) or the end-of-activity evaluation (ratings). */
public enum QuestionnaireKind {
    TEST(
            "Pre- and post-test",
            "test",
            List.of(ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE),
            List.of(Round.PRE_TEST, Round.POST_TEST)),
    EVALUATION("Evaluation", "evaluation", List.of(ItemKind.RATING, ItemKind.OPEN), List.of(Round.EVALUATION));

    private final String label;
    private final String slug;
    private final List<ItemKind> items;
    private final List<Round> rounds;

    QuestionnaireKind(String label, String slug, List<ItemKind> items, List<Round> rounds) {
        this.label = label;
        this.slug = slug;
        this.items = items;
        this.rounds = rounds;
    }

    public String label() {
        return label;
    }

    /** How the kind appears in addresses ({@code /activities/7/evaluation/test/items}). */
    public String slug() {
        return slug;
    }

    /** The kinds of item this questionnaire holds. */
    public List<ItemKind> items() {
        return items;
    }

    /** The rounds in which it is answered. */
    public List<Round> rounds() {
        return rounds;
    }

    public static java.util.Optional<QuestionnaireKind> ofSlug(String slug) {
        for (QuestionnaireKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
