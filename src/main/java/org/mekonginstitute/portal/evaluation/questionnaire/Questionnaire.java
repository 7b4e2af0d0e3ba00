package org.mekonginstitute.portal.evaluation.questionnaire;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.audit.AuditedEntity;
import org.mekonginstitute.portal.shared.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An activity's test or evaluation, or a template kept for the next activity to copy. It guards its own rules:
 * items fit its kind ({@link ItemRules}); once a round has been opened the items stay as they are, so that the
 * pre-test and the post-test ask the same and every answer keeps its question; and only an open round takes
 * answers.
 */
@Getter
@Entity
@Table(name = "questionnaire")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Questionnaire extends AuditedEntity {

    public static final int MAX_ITEMS = 60;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuestionnaireKind kind;

    @Column(nullable = false)
    private String title;

    /** An evaluation whose answers name nobody. Tests are never anonymous: their scores go to the enrolment. */
    private boolean anonymous;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<QuestionnaireItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "answer_round", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @MapKeyColumn(name = "round")
    @MapKeyEnumerated(EnumType.STRING)
    private Map<Round, RoundStatus> rounds = new EnumMap<>(Round.class);

    private Questionnaire(Activity activity, QuestionnaireKind kind, String title) {
        this.activity = activity;
        this.kind = kind;
        this.title = title;
    }

    /** An activity's empty test or evaluation, titled in the language of whoever starts it. */
    public static Questionnaire of(Activity activity, QuestionnaireKind kind) {
        return new Questionnaire(
                activity,
                kind,
                Text.of(kind == QuestionnaireKind.TEST ? "evaluation.page.test" : "evaluation.page.evaluation"));
    }

    /** A template with this questionnaire's items, under its own title. */
    public Questionnaire asTemplate(String templateTitle) {
        Questionnaire template = new Questionnaire(null, kind, ItemRules.title(templateTitle));
        template.anonymous = anonymous;
        items.forEach(item -> template.add(item.draft()));
        return template;
    }

    public boolean isTemplate() {
        return activity == null;
    }

    /** Adds an item at the end, or refuses it ({@link QuestionnaireRefused}) with the reason. */
    public void addItem(ItemDraft draft) {
        checkItemsOpenToChange();
        if (items.size() >= MAX_ITEMS) {
            throw new QuestionnaireRefused(Text.of("evaluation.questionnaire.maxItems", String.valueOf(MAX_ITEMS)));
        }
        add(ItemRules.check(kind, draft));
    }

    public void removeItem(long itemId) {
        checkItemsOpenToChange();
        if (!items.removeIf(item -> item.getId() != null && item.getId() == itemId)) {
            throw new QuestionnaireRefused(Text.of("evaluation.questionnaire.itemGone"));
        }
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i);
        }
    }

    /** Takes the items of another questionnaire of the same kind (a template, another activity's) in place of these. */
    public void copyItemsFrom(Questionnaire source) {
        checkItemsOpenToChange();
        if (source.kind != kind) {
            throw new QuestionnaireRefused(
                    Text.of("evaluation.questionnaire.copyKind", kind.label().toLowerCase()));
        }
        List<ItemDraft> drafts =
                source.items.stream().map(QuestionnaireItem::draft).toList();
        items.clear();
        drafts.forEach(this::add);
        if (kind == QuestionnaireKind.EVALUATION && !everOpened()) {
            anonymous = source.anonymous;
        }
    }

    /** The evaluation's title and whether it is anonymous; anonymity is settled before the first answer. */
    public void describe(String newTitle, boolean newAnonymous) {
        title = ItemRules.title(newTitle);
        if (newAnonymous != anonymous) {
            if (kind == QuestionnaireKind.TEST && newAnonymous) {
                throw new QuestionnaireRefused(Text.of("evaluation.questionnaire.testAnonymous"));
            }
            if (everOpened()) {
                throw new QuestionnaireRefused(Text.of("evaluation.questionnaire.anonymousFixed"));
            }
            anonymous = newAnonymous;
        }
    }

    /** Opens a round to answers (again, if it was closed). */
    public void open(Round round, Instant at) {
        checkRound(round);
        if (items.isEmpty()) {
            throw new QuestionnaireRefused(Text.of("evaluation.questionnaire.noItems"));
        }
        rounds.put(round, new RoundStatus(RoundState.OPEN, at));
    }

    public void close(Round round, Instant at) {
        checkRound(round);
        if (state(round) != RoundState.OPEN) {
            throw new QuestionnaireRefused(
                    Text.of("evaluation.questionnaire.notOpen", round.label().toLowerCase()));
        }
        rounds.put(round, new RoundStatus(RoundState.CLOSED, at));
    }

    public RoundState state(Round round) {
        RoundStatus status = rounds.get(round);
        return status == null ? RoundState.NOT_OPENED : status.state();
    }

    /** Answers are taken only while the round is open. */
    public boolean accepts(Round round) {
        return kind.rounds().contains(round) && state(round) == RoundState.OPEN;
    }

    /** The items cannot change any more: a round has been opened. */
    public boolean everOpened() {
        return !rounds.isEmpty();
    }

    /**
     * A test's score: the share of its scored items answered right, in percent with two decimals. An item left
     * unanswered counts as wrong.
     *
     * @param choices the answer chosen per item id (counted from 0)
     */
    public BigDecimal score(Map<Long, Integer> choices) {
        List<QuestionnaireItem> scored =
                items.stream().filter(i -> i.getKind().scored()).toList();
        if (scored.isEmpty()) {
            return null;
        }
        long right = scored.stream()
                .filter(i -> i.getCorrect() != null && i.getCorrect().equals(choices.get(i.getId())))
                .count();
        return BigDecimal.valueOf(right * 100).divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
    }

    /** An evaluation's satisfaction mark: the mean of the ratings given, rounded to a whole mark; null without any. */
    public static Integer satisfaction(Iterable<Integer> ratings) {
        int sum = 0;
        int count = 0;
        for (Integer rating : ratings) {
            if (rating != null) {
                sum += rating;
                count++;
            }
        }
        return count == 0
                ? null
                : BigDecimal.valueOf(sum)
                        .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                        .intValue();
    }

    private void add(ItemDraft draft) {
        items.add(new QuestionnaireItem(this, items.size(), draft));
    }

    private void checkItemsOpenToChange() {
        if (everOpened()) {
            throw new QuestionnaireRefused(Text.of("evaluation.questionnaire.itemsFixed"));
        }
    }

    private void checkRound(Round round) {
        if (!kind.rounds().contains(round)) {
            throw new QuestionnaireRefused(Text.of(
                    "evaluation.questionnaire.noRound",
                    kind.label().toLowerCase(),
                    round.label().toLowerCase()));
        }
        if (isTemplate()) {
            throw new QuestionnaireRefused(Text.of("evaluation.questionnaire.templateNotAnswered"));
        }
    }
}
