package org.mekonginstitute.portal.evaluation.questionnaire;

import java.util.List;

/**
 * An item as staff wrote it: its kind, its question, the answers offered (multiple choice) and which one is right
 * (counted from 0; for true or false, 0 is True).
 */
public record ItemDraft(ItemKind kind, String text, List<String> options, Integer correct) {

    public ItemDraft {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
