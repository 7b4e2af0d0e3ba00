package org.mekonginstitute.portal.evaluation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * A new item as the form sends it: the answers offered one a line, and the right one numbered from 1 as people
 * count (for true or false: 1 True, 2 False).
 */
@Getter
@Setter
public class ItemForm implements Serializable {

    @NotNull(message = "{evaluation.item.kind.required}")
    private ItemKind kind;

    @NotBlank(message = "{evaluation.item.text.required}")
    @Size(max = 1000)
    private String text;

    @Size(max = 3000)
    private String options;

    @Min(value = 1, message = "{evaluation.item.correct.range}")
    @Max(value = 8, message = "{evaluation.item.correct.range}")
    private Integer correct;

    /** A blank item of the kind a new question of this questionnaire most often is. */
    static ItemForm blank(ItemKind kind) {
        ItemForm form = new ItemForm();
        form.kind = kind;
        return form;
    }

    ItemDraft draft() {
        List<String> lines = options == null
                ? List.of()
                : Arrays.stream(options.split("\\R")).filter(l -> !l.isBlank()).toList();
        return new ItemDraft(kind, text, lines, correct == null ? null : correct - 1);
    }
}
