package org.mekonginstitute.portal.evaluation.questionnaire;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

import java.util.Optional;

/**
 * When a questionnaire is answered: the test before and after the activity, the evaluation at its end. Named in
 * i18n/evaluation.properties.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Round implements Labelled {
    PRE_TEST("pre-test"),
    POST_TEST("post-test"),
    EVALUATION("evaluation");

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
