package org.mekonginstitute.portal.evaluation.questionnaire;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

import java.util.List;

/**
 * A test (the same items before and after the activity, scored) or the end-of-activity evaluation (ratings). Named
 * in i18n/evaluation.properties.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum QuestionnaireKind implements Labelled {
    TEST("test", List.of(ItemKind.MULTIPLE_CHOICE, ItemKind.TRUE_FALSE), List.of(Round.PRE_TEST, Round.POST_TEST)),
    EVALUATION("evaluation", List.of(ItemKind.RATING, ItemKind.OPEN), List.of(Round.EVALUATION));

    /** How the kind appears in addresses ({@code /activities/7/evaluation/test/items}). */
    private final String slug;

    /** The kinds of item this questionnaire holds. */
    private final List<ItemKind> items;

    /** The rounds in which it is answered. */
    private final List<Round> rounds;

    public static java.util.Optional<QuestionnaireKind> ofSlug(String slug) {
        for (QuestionnaireKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
