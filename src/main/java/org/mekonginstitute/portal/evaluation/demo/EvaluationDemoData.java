package org.mekonginstitute.portal.evaluation.demo;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.answering.AnsweringService;
import org.mekonginstitute.portal.evaluation.answering.Respondent;
import org.mekonginstitute.portal.evaluation.certificate.CertificateService;
import org.mekonginstitute.portal.evaluation.questionnaire.Questionnaire;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireItem;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.LearningRecord;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorForm;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.system.DemoTables;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The 2019 Capacity Development Program on labour migration as the portal would have run it: its pre- and
 * post-test and its evaluation answered by the participants who attended, the rounds closed, and the
 * certificates issued. Kept as templates too, so that the next programme can copy them. A TICA indicator counts
 * the share who rated their activity 4 or 5.
 */
@Component
@Order(55)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class EvaluationDemoData implements ApplicationRunner {

    private static final String PROGRAM = "Capacity Development Program on Strategic Management to Labour Migration";

    private final QuestionnaireService questionnaires;
    private final AnsweringService answering;
    private final CertificateService certificates;
    private final EnrolmentService enrolments;
    private final IndicatorService indicators;
    private final ProjectService projects;
    private final JdbcTemplate jdbc;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoTables.empty(jdbc, "questionnaire")) {
            return;
        }
        List<Long> activity = jdbc.queryForList("select id from activity where title = ?", Long.class, PROGRAM);
        if (activity.size() != 1) {
            return;
        }
        long id = activity.get(0);
        DemoQuestions.TEST.forEach(item -> questionnaires.addItem(id, QuestionnaireKind.TEST, item));
        DemoQuestions.EVALUATION.forEach(item -> questionnaires.addItem(id, QuestionnaireKind.EVALUATION, item));
        questionnaires.keepAsTemplate(id, QuestionnaireKind.TEST, "Labour migration governance: pre- and post-test");
        questionnaires.keepAsTemplate(id, QuestionnaireKind.EVALUATION, "Standard end-of-activity evaluation");
        answerAll(id);
        certificates.issue(id);
        indicator();
    }

    /** Everyone who attended answers both tests (better after) and nearly everyone the evaluation. */
    private void answerAll(long activityId) {
        List<Respondent> attended = jdbc.query(
                """
                select e.id, p.given_name from enrolment e join participant p on p.id = e.participant_id
                where e.activity_id = ? and e.status = 'ATTENDED' and e.role = 'PARTICIPANT' order by e.id""",
                (rs, n) -> new Respondent(rs.getLong(1), activityId, rs.getString(2), PROGRAM, null, null),
                activityId);
        // The attendance sheet marked everyone's certificate as issued: from now on only those truly issued.
        jdbc.queryForList("select id from enrolment where activity_id = ?", Long.class, activityId)
                .forEach(e -> enrolments.recordLearning(e, LearningRecord.certificate(false)));
        Random random = new Random(2019);
        for (Round round : Round.values()) {
            questionnaires.open(activityId, round);
            Questionnaire questionnaire =
                    questionnaires.find(activityId, round.kind()).orElseThrow();
            for (int i = 0; i < attended.size(); i++) {
                if (round == Round.EVALUATION && i % 9 == 8) {
                    continue; // a few left before the evaluation
                }
                answering.submit(attended.get(i), round, answers(questionnaire, round, random, i));
            }
            questionnaires.close(activityId, round);
        }
    }

    private static Map<Long, String> answers(Questionnaire questionnaire, Round round, Random random, int person) {
        Map<Long, String> answers = new HashMap<>();
        double knows = round == Round.PRE_TEST ? 0.45 : 0.82;
        for (QuestionnaireItem item : questionnaire.getItems()) {
            String answer = switch (item.getKind()) {
                case MULTIPLE_CHOICE, TRUE_FALSE ->
                    String.valueOf(
                            random.nextDouble() < knows
                                    ? item.getCorrect()
                                    : (item.getCorrect()
                                                    + 1
                                                    + random.nextInt(
                                                            item.options().size() - 1))
                                            % item.options().size());
                case RATING -> String.valueOf(random.nextInt(6) == 0 ? 3 : 4 + random.nextInt(2));
                case OPEN -> {
                    List<String> said =
                            item.getPosition() == questionnaire.getItems().size() - 1
                                    ? DemoQuestions.TO_IMPROVE
                                    : DemoQuestions.TO_APPLY;
                    yield person % 3 == 2 ? null : said.get(person % said.size());
                }
            };
            answers.put(item.getId(), answer);
        }
        return answers;
    }

    private void indicator() {
        projects.idOf("MI-TICA-LMM-2017").ifPresent(project -> {
            IndicatorForm form = new IndicatorForm();
            form.setName("Participants rating the programme 4 or 5 out of 5");
            form.setSource(IndicatorSource.SATISFIED_SHARE);
            form.setBaseline(BigDecimal.ZERO);
            form.setTarget(BigDecimal.valueOf(80));
            indicators.create(project, form);
        });
    }
}
