package org.mekonginstitute.portal.evaluation.answering;

import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireItem;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.util.Optional;

/** Reads one posted answer: a choice among the item's answers, a rating from 1 to 5, or words. */
final class AnswerChecks {

    static final int MAX_WORDS = 4000;

    private AnswerChecks() {}

    /** The choice (counted from 0) or the rating; null when nothing usable was sent. */
    static Integer choice(QuestionnaireItem item, String typed) {
        if (typed == null || !typed.matches("\\d{1,2}")) {
            return null;
        }
        int value = Integer.parseInt(typed);
        if (item.getKind() == ItemKind.RATING) {
            return value >= 1 && value <= 5 ? value : null;
        }
        return value < item.options().size() ? value : null;
    }

    /** What is wrong with an open answer; empty when it can be kept. */
    static Optional<String> words(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        if (typed.strip().length() > MAX_WORDS) {
            return Optional.of(Text.of("evaluation.answer.tooLong", String.valueOf(MAX_WORDS)));
        }
        return PlainText.problem(typed);
    }
}
