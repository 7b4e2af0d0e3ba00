package org.mekonginstitute.portal.evaluation.questionnaire;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

import java.util.Optional;

/** When a questionnaire is answered: the test before and after the activity, the evaluation at its end. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Round {
    PRE_TEST("Pre-test", "pre-test"),
    POST_TEST("Post-test", "post-test"),
    EVALUATION("Evaluation", "evaluation");

    private final String label;

    /** How the round appears in addresses ({@code /answer/…/pre-test}). */
    private final String slug;

    public QuestionnaireKind kind() {
        return this == EVALUATION ? QuestionnaireKind.EVALUATION : QuestionnaireKind.TEST;
    }

    public static Optional<Round> ofSlug(String slug) {
        for (Round round : values()) {
            if (round.slug.equals(slug)) {
                return Optional.of(round);
            }
        }
        return Optional.empty();
    }
}
