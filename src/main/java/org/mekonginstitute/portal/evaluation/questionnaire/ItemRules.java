package org.mekonginstitute.portal.evaluation.questionnaire;

import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes an item acceptable in a questionnaire of a kind: checked before the item is added. */
final class ItemRules {

    static final int MAX_TEXT = 1000;
    static final int MAX_OPTION = 300;
    static final int MAX_OPTIONS = 8;
    static final int MAX_TITLE = 200;

    private ItemRules() {}

    /** The draft, stripped and checked, or a refusal that says what to change. */
    static ItemDraft check(QuestionnaireKind kind, ItemDraft draft) {
        if (draft.kind() == null || !kind.items().contains(draft.kind())) {
            throw new QuestionnaireRefused(Text.of(
                    "evaluation.item.kindHolds",
                    kind.label().toLowerCase(),
                    kind.items().stream()
                            .map(k -> k.label().toLowerCase())
                            .toList()
                            .toString()));
        }
        String text = text(draft.text(), MAX_TEXT, Text.of("evaluation.item.what.question"));
        return switch (draft.kind()) {
            case MULTIPLE_CHOICE -> multipleChoice(text, draft);
            case TRUE_FALSE -> {
                if (draft.correct() == null || draft.correct() < 0 || draft.correct() > 1) {
                    throw new QuestionnaireRefused(Text.of("evaluation.item.trueOrFalse"));
                }
                yield new ItemDraft(ItemKind.TRUE_FALSE, text, List.of(), draft.correct());
            }
            case RATING, OPEN -> new ItemDraft(draft.kind(), text, List.of(), null);
        };
    }

    static String title(String title) {
        return text(title, MAX_TITLE, Text.of("evaluation.item.what.title"));
    }

    private static ItemDraft multipleChoice(String text, ItemDraft draft) {
        List<String> options = draft.options().stream()
                .map(String::strip)
                .filter(o -> !o.isEmpty())
                .toList();
        if (options.size() < 2 || options.size() > MAX_OPTIONS) {
            throw new QuestionnaireRefused(Text.of("evaluation.item.optionCount", String.valueOf(MAX_OPTIONS)));
        }
        Set<String> seen = new HashSet<>();
        for (String option : options) {
            text(option, MAX_OPTION, Text.of("evaluation.item.what.option"));
            if (!seen.add(option)) {
                throw new QuestionnaireRefused(Text.of("evaluation.item.optionTwice", option));
            }
        }
        if (draft.correct() == null || draft.correct() < 0 || draft.correct() >= options.size()) {
            throw new QuestionnaireRefused(Text.of("evaluation.item.correctNumber", String.valueOf(options.size())));
        }
        return new ItemDraft(ItemKind.MULTIPLE_CHOICE, text, options, draft.correct());
    }

    private static String text(String value, int max, String what) {
        String stripped = PlainText.strippedOrNull(value);
        if (stripped == null) {
            throw new QuestionnaireRefused(Text.of("evaluation.item.missing", what));
        }
        if (stripped.length() > max) {
            throw new QuestionnaireRefused(Text.of("evaluation.item.tooLong", what, String.valueOf(max)));
        }
        if (stripped.contains("\n") && max == MAX_OPTION) {
            throw new QuestionnaireRefused(Text.of("evaluation.item.oneLine"));
        }
        PlainText.problem(stripped).ifPresent(problem -> {
            throw new QuestionnaireRefused(Text.of("evaluation.item.unreadable", what, problem));
        });
        return stripped;
    }
}
