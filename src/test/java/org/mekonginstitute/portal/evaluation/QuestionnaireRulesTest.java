package org.mekonginstitute.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.Questionnaire;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireItem;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireRefused;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.evaluation.questionnaire.RoundState;
import org.mekonginstitute.portal.shared.IdentifiedEntity;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rules a questionnaire keeps by itself, without the application. */
class QuestionnaireRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private static ItemDraft choice(String question, int right, String... options) {
        return new ItemDraft(ItemKind.MULTIPLE_CHOICE, question, List.of(options), right);
    }

    @Test
    void aTestTakesMultipleChoiceAndTrueOrFalseItemsAndAnEvaluationRatingsAndOpenQuestions() {
        Questionnaire test = Questionnaire.of(null, QuestionnaireKind.TEST);
        test.addItem(choice("Who pays recruitment fees?", 2, "The worker", "The family", "The employer"));
        test.addItem(new ItemDraft(ItemKind.TRUE_FALSE, "Passports stay with the worker.", List.of(), 0));
        assertThatThrownBy(() -> test.addItem(new ItemDraft(ItemKind.RATING, "Relevance", List.of(), null)))
                .isInstanceOf(QuestionnaireRefused.class);

        Questionnaire evaluation = Questionnaire.of(null, QuestionnaireKind.EVALUATION);
        evaluation.addItem(new ItemDraft(ItemKind.RATING, "Relevance", List.of(), null));
        evaluation.addItem(new ItemDraft(ItemKind.OPEN, "What will you apply?", List.of(), null));
        assertThatThrownBy(() -> evaluation.addItem(choice("Q", 0, "a", "b"))).isInstanceOf(QuestionnaireRefused.class);
        assertThat(test.getItems()).hasSize(2);
        assertThat(test.getItems().get(1).options()).containsExactly("True", "False");
        assertThat(test.getItems().get(0).rightAnswer()).isEqualTo("The employer");
    }

    @Test
    void aMultipleChoiceItemNeedsTwoToEightDistinctAnswersAndOneOfThemRight() {
        Questionnaire test = Questionnaire.of(null, QuestionnaireKind.TEST);
        assertThatThrownBy(() -> test.addItem(choice("Q", 0, "only one"))).hasMessageContaining("between 2 and 8");
        assertThatThrownBy(() -> test.addItem(choice("Q", 0, "a", "a"))).hasMessageContaining("offered twice");
        assertThatThrownBy(() -> test.addItem(choice("Q", 3, "a", "b", "c"))).hasMessageContaining("from 1 to 3");
        assertThatThrownBy(() -> test.addItem(choice("  ", 0, "a", "b"))).hasMessageContaining("question is missing");
        assertThatThrownBy(() -> test.addItem(new ItemDraft(ItemKind.TRUE_FALSE, "S", List.of(), null)))
                .hasMessageContaining("true or false");
        test.addItem(choice("  ທ່ານມາຈາກປະເທດໃດ?  ", 1, " ລາວ ", "", "ໄທ"));
        assertThat(test.getItems().get(0).getText()).isEqualTo("ທ່ານມາຈາກປະເທດໃດ?");
        assertThat(test.getItems().get(0).options()).containsExactly("ລາວ", "ໄທ");
    }

    @Test
    void theItemsStayAsTheyAreOnceARoundHasBeenOpened() {
        Questionnaire test = Questionnaire.of(null, QuestionnaireKind.TEST);
        assertThatThrownBy(() -> test.open(Round.PRE_TEST, NOW)).hasMessageContaining("template");
        Questionnaire withActivity = activityTest();
        assertThatThrownBy(() -> withActivity.open(Round.PRE_TEST, NOW)).hasMessageContaining("without items");
        withActivity.addItem(choice("Q", 0, "a", "b"));
        assertThatThrownBy(() -> withActivity.open(Round.EVALUATION, NOW)).hasMessageContaining("has no evaluation");
        withActivity.open(Round.PRE_TEST, NOW);
        assertThat(withActivity.accepts(Round.PRE_TEST)).isTrue();
        assertThat(withActivity.accepts(Round.POST_TEST)).isFalse();
        assertThatThrownBy(() -> withActivity.addItem(choice("Another", 0, "a", "b")))
                .hasMessageContaining("cannot change once");
        withActivity.close(Round.PRE_TEST, NOW);
        assertThat(withActivity.state(Round.PRE_TEST)).isEqualTo(RoundState.CLOSED);
        assertThat(withActivity.accepts(Round.PRE_TEST)).isFalse();
        assertThatThrownBy(() -> withActivity.close(Round.PRE_TEST, NOW)).hasMessageContaining("not open");
        assertThatThrownBy(() -> withActivity.describe("Test", true)).hasMessageContaining("Tests cannot be anonymous");
    }

    @Test
    void aScoreIsTheShareOfScoredItemsAnsweredRightAndAnUnansweredItemCountsAsWrong() throws Exception {
        Questionnaire test = Questionnaire.of(null, QuestionnaireKind.TEST);
        test.addItem(choice("Q1", 1, "a", "b"));
        test.addItem(choice("Q2", 0, "a", "b", "c"));
        test.addItem(new ItemDraft(ItemKind.TRUE_FALSE, "S", List.of(), 1));
        numberItems(test);
        Map<Long, Integer> choices = new HashMap<>(Map.of(1L, 1, 2L, 2));
        assertThat(test.score(choices)).isEqualByComparingTo("33.33");
        choices.put(3L, 1);
        assertThat(test.score(choices)).isEqualByComparingTo("66.67");
        choices.put(2L, 0);
        assertThat(test.score(choices)).isEqualByComparingTo(new BigDecimal("100"));
    }

    @Test
    void theSatisfactionMarkIsTheMeanRatingRoundedHalfUp() {
        assertThat(Questionnaire.satisfaction(List.of(4, 5))).isEqualTo(5);
        assertThat(Questionnaire.satisfaction(List.of(3, 4, 4))).isEqualTo(4);
        assertThat(Questionnaire.satisfaction(List.of(3, 3, 4))).isEqualTo(3);
        assertThat(Questionnaire.satisfaction(Arrays.asList(null, null))).isNull();
    }

    @Test
    void anEvaluationIsAnonymousOrNotBeforeItsFirstAnswersAndACopyBringsTheItemsOver() {
        Questionnaire template = Questionnaire.of(null, QuestionnaireKind.EVALUATION);
        template.addItem(new ItemDraft(ItemKind.RATING, "Relevance", List.of(), null));
        template.describe("Standard evaluation", true);
        Questionnaire evaluation = activityEvaluation();
        evaluation.copyItemsFrom(template);
        assertThat(evaluation.isAnonymous()).isTrue();
        assertThat(evaluation.getItems()).extracting(QuestionnaireItem::getText).containsExactly("Relevance");
        evaluation.open(Round.EVALUATION, NOW);
        assertThatThrownBy(() -> evaluation.describe("Standard evaluation", false))
                .hasMessageContaining("cannot change once");
        assertThatThrownBy(() -> evaluation.copyItemsFrom(template)).hasMessageContaining("cannot change once");
        assertThatThrownBy(() -> activityTest().copyItemsFrom(template)).hasMessageContaining("Only a");
    }

    /** An activity's questionnaire, as far as its rules go: one that is not a template. */
    private static Questionnaire activityTest() {
        return withActivity(Questionnaire.of(null, QuestionnaireKind.TEST));
    }

    private static Questionnaire activityEvaluation() {
        return withActivity(Questionnaire.of(null, QuestionnaireKind.EVALUATION));
    }

    private static Questionnaire withActivity(Questionnaire questionnaire) {
        try {
            Field activity = Questionnaire.class.getDeclaredField("activity");
            activity.setAccessible(true);
            var constructor = org.mekonginstitute.portal.activity.Activity.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            activity.set(questionnaire, constructor.newInstance());
            return questionnaire;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Items get their ids from the database; here they are numbered 1, 2, 3... */
    private static void numberItems(Questionnaire questionnaire) throws Exception {
        Field id = IdentifiedEntity.class.getDeclaredField("id");
        id.setAccessible(true);
        long n = 1;
        for (QuestionnaireItem item : questionnaire.getItems()) {
            id.set(item, n++);
        }
    }
}
