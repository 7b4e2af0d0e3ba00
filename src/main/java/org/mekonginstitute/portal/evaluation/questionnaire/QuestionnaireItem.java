package org.mekonginstitute.portal.evaluation.questionnaire;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.shared.IdentifiedEntity;

import java.util.Arrays;
import java.util.List;

/** One question of a questionnaire, with the answers it offers and, for a test, the right one. */
@Getter
@Entity
@Table(name = "questionnaire_item")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class QuestionnaireItem extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @Column(nullable = false)
    private String text;

    /** The answers offered, one a line (no answer holds a line break: each is typed on one line). */
    @Column(name = "options", nullable = false)
    private String optionLines = "";

    private Integer correct;

    QuestionnaireItem(Questionnaire questionnaire, int position, ItemDraft draft) {
        this.questionnaire = questionnaire;
        this.position = position;
        this.kind = draft.kind();
        this.text = draft.text().strip();
        this.optionLines = String.join("\n", draft.options());
        this.correct = draft.correct();
    }

    /**
     * The answers to choose from: the typed ones, True and False (in the reader's language), or none (ratings and
     * open questions).
     */
    public List<String> options() {
        if (kind == ItemKind.TRUE_FALSE) {
            return ItemKind.trueOrFalse();
        }
        return optionLines.isEmpty() ? List.of() : Arrays.asList(optionLines.split("\n"));
    }

    /** The right answer's words; null for items that are not scored. */
    public String rightAnswer() {
        return correct == null || !kind.scored() ? null : options().get(correct);
    }

    ItemDraft draft() {
        return new ItemDraft(kind, text, kind == ItemKind.MULTIPLE_CHOICE ? options() : List.of(), correct);
    }

    void moveTo(int position) {
        this.position = position;
    }
}
