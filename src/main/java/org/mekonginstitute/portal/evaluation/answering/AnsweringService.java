package org.mekonginstitute.portal.evaluation.answering;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.Questionnaire;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireItem;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.LearningRecord;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A participant answering: which rounds are open to them, the questions (never the right answers), and their
 * answers taken once. A test's score goes to their enrolment; so does an evaluation's satisfaction mark unless
 * the evaluation is anonymous, whose answers are then kept without their name.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class AnsweringService {

    private final QuestionnaireService questionnaires;
    private final EnrolmentService enrolments;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** Every round of the activity, as open to this person, answered by them, or not open. */
    public List<RoundOffer> offers(Respondent who) {
        Set<Round> answered = answered(who.enrolmentId());
        List<RoundOffer> offers = new ArrayList<>();
        for (Round round : Round.values()) {
            Optional<Questionnaire> questionnaire = questionnaires.find(who.activityId(), round.kind());
            if (answered.contains(round)) {
                offers.add(new RoundOffer(round, RoundOffer.Offer.ANSWERED));
            } else if (questionnaire.isPresent() && questionnaire.get().accepts(round)) {
                offers.add(new RoundOffer(round, RoundOffer.Offer.OPEN));
            } else if (questionnaire.isPresent() && questionnaire.get().everOpened()) {
                offers.add(new RoundOffer(round, RoundOffer.Offer.NOT_OPEN));
            }
        }
        return offers;
    }

    /** The questionnaire to answer in this round, if the round is open and the person has not answered it. */
    public Optional<Questionnaire> toAnswer(Respondent who, Round round) {
        if (answered(who.enrolmentId()).contains(round)) {
            return Optional.empty();
        }
        return questionnaires.find(who.activityId(), round.kind()).filter(q -> q.accepts(round));
    }

    public boolean hasAnswered(Respondent who, Round round) {
        return answered(who.enrolmentId()).contains(round);
    }

    /**
     * Takes the answers, once: every test item and every rating must be answered; open questions may stay empty.
     * Problems name the item ({@code answers[12]}).
     *
     * @param answers what was chosen or typed, per item id: a choice (counted from 0), a rating, or words
     * @throws RoundClosed when the round is not open to this person any more (closed, or answered already)
     */
    @Transactional
    public void submit(Respondent who, Round round, Map<Long, String> answers) {
        Questionnaire questionnaire = toAnswer(who, round).orElseThrow(RoundClosed::new);
        Map<Long, Integer> chosen = new HashMap<>();
        Map<Long, String> words = new HashMap<>();
        InvalidInput.Collector problems = new InvalidInput.Collector();
        for (QuestionnaireItem item : questionnaire.getItems()) {
            String typed = answers.get(item.getId());
            String field = "answers[" + item.getId() + "]";
            if (item.getKind() == ItemKind.OPEN) {
                AnswerChecks.words(typed)
                        .ifPresentOrElse(
                                problem -> problems.add(field, problem),
                                () -> words.put(item.getId(), typed == null || typed.isBlank() ? null : typed.strip()));
            } else {
                Integer value = AnswerChecks.choice(item, typed);
                if (value == null) {
                    problems.add(
                            field,
                            Text.of(
                                    item.getKind() == ItemKind.RATING
                                            ? "evaluation.answer.chooseRating"
                                            : "evaluation.answer.chooseAnswer"));
                } else {
                    chosen.put(item.getId(), value);
                }
            }
        }
        problems.check();
        int taken = jdbc.update(
                "insert into answered (enrolment_id, round) values (:enrolment, :round) on conflict do nothing",
                Map.of("enrolment", who.enrolmentId(), "round", round.name()));
        if (taken == 0) {
            throw new RoundClosed();
        }
        boolean anonymous = questionnaire.isAnonymous() && round == Round.EVALUATION;
        BigDecimal score = round == Round.EVALUATION ? null : questionnaire.score(chosen);
        Integer satisfaction = round == Round.EVALUATION ? Questionnaire.satisfaction(chosen.values()) : null;
        long sheet = insertSheet(questionnaire, round, anonymous ? null : who.enrolmentId(), score, satisfaction);
        for (QuestionnaireItem item : questionnaire.getItems()) {
            insertAnswer(sheet, item, chosen.get(item.getId()), words.get(item.getId()));
        }
        if (round == Round.PRE_TEST) {
            enrolments.recordLearning(who.enrolmentId(), LearningRecord.preTest(score));
        } else if (round == Round.POST_TEST) {
            enrolments.recordLearning(who.enrolmentId(), LearningRecord.postTest(score));
        } else if (!anonymous && satisfaction != null) {
            enrolments.recordLearning(who.enrolmentId(), LearningRecord.satisfaction(satisfaction));
        }
    }

    private Set<Round> answered(long enrolmentId) {
        Set<Round> rounds = EnumSet.noneOf(Round.class);
        jdbc.queryForList(
                        "select round from answered where enrolment_id = :enrolment",
                        Map.of("enrolment", enrolmentId),
                        String.class)
                .forEach(r -> rounds.add(Round.valueOf(r)));
        return rounds;
    }

    private long insertSheet(Questionnaire q, Round round, Long enrolmentId, BigDecimal score, Integer satisfaction) {
        return jdbc.queryForObject(
                """
                insert into answer_sheet (questionnaire_id, round, enrolment_id, score, satisfaction, answered_on)
                values (:questionnaire, :round, :enrolment, :score, :satisfaction, :on) returning id""",
                new MapSqlParameterSource("questionnaire", q.getId())
                        .addValue("round", round.name())
                        .addValue("enrolment", enrolmentId)
                        .addValue("score", score)
                        .addValue("satisfaction", satisfaction)
                        .addValue("on", LocalDate.now(clock)),
                Long.class);
    }

    private void insertAnswer(long sheet, QuestionnaireItem item, Integer value, String text) {
        boolean rating = item.getKind() == ItemKind.RATING;
        jdbc.update(
                "insert into answer (sheet_id, item_id, choice, rating, text) values (:sheet, :item, :choice, :rating, :text)",
                new MapSqlParameterSource("sheet", sheet)
                        .addValue("item", item.getId())
                        .addValue("choice", rating ? null : value)
                        .addValue("rating", rating ? value : null)
                        .addValue("text", text));
    }

    /** The round is closed to this person: closed by staff, never opened, or answered already. */
    public static class RoundClosed extends RuntimeException {
        RoundClosed() {
            super(Text.of("evaluation.answer.roundClosed"));
        }
    }
}
