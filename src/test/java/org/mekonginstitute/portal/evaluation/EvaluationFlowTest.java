package org.mekonginstitute.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.evaluation.answering.AnsweringService;
import org.mekonginstitute.portal.evaluation.answering.IssuedLink;
import org.mekonginstitute.portal.evaluation.answering.Respondent;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireItem;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.reporting.IndicatorForm;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.ShapedGlyphs;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Answering through links and the room, results, and certificates with their public verification page. */
@PortalTest
class EvaluationFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    AnswerLinks links;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AnsweringService answering;

    private record Fixture(Project project, Activity activity, List<Participant> people) {}

    /** A five-day activity with these people enrolled and attended, and a two-item test. */
    private Fixture fixture(String... givenNames) {
        Project project = data.project();
        Activity activity = data.activity(project, LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 6));
        List<Participant> people = new java.util.ArrayList<>();
        for (String given : givenNames) {
            Participant p = data.participant(given, "Family" + TestData.unique(), Gender.FEMALE, "KH");
            jdbc.update("update participant set email = ? where id = ?", "p" + p.getId() + "@example.org", p.getId());
            data.enrol(activity, p, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
            jdbc.update("update enrolment set days_attended = 5 where participant_id = ?", p.getId());
            people.add(p);
        }
        long id = activity.getId();
        questionnaires.addItem(
                id,
                QuestionnaireKind.TEST,
                new ItemDraft(
                        ItemKind.MULTIPLE_CHOICE, "Who pays recruitment fees?", List.of("Worker", "Employer"), 1));
        questionnaires.addItem(
                id, QuestionnaireKind.TEST, new ItemDraft(ItemKind.TRUE_FALSE, "MoUs exist.", List.of(), 0));
        return new Fixture(project, activity, people);
    }

    private List<Long> itemIds(long activityId, QuestionnaireKind kind) {
        return questionnaires.find(activityId, kind).orElseThrow().getItems().stream()
                .map(QuestionnaireItem::getId)
                .toList();
    }

    @Test
    void aTestIsAnsweredOnceThroughAPersonalLinkAndItsScoreGoesToTheEnrolment() throws Exception {
        Fixture f = fixture("Sokha");
        long id = f.activity().getId();
        String link = "/answer/" + links.issue(id).get(0).token();
        mvc.perform(get(link + "/pre-test").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not open for")));
        questionnaires.open(id, Round.PRE_TEST);
        List<Long> items = itemIds(id, QuestionnaireKind.TEST);

        mvc.perform(post(link + "/pre-test").with(anonymous()).with(csrf()).param("answers[" + items.get(0) + "]", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an answer.")));
        mvc.perform(post(link + "/pre-test")
                        .with(anonymous())
                        .with(csrf())
                        .param("answers[" + items.get(0) + "]", "1")
                        .param("answers[" + items.get(1) + "]", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject(
                        "select pre_test_score from enrolment where participant_id = ?",
                        BigDecimal.class,
                        f.people().get(0).getId()))
                .isEqualByComparingTo("50");
        mvc.perform(post(link + "/pre-test")
                        .with(anonymous())
                        .with(csrf())
                        .param("answers[" + items.get(0) + "]", "0")
                        .param("answers[" + items.get(1) + "]", "0"))
                .andExpect(content().string(containsString("already answered")));
        assertThat(jdbc.queryForObject(
                        "select pre_test_score from enrolment where participant_id = ?",
                        BigDecimal.class,
                        f.people().get(0).getId()))
                .as("a second answer changes nothing")
                .isEqualByComparingTo("50");
        mvc.perform(get(link).with(anonymous())).andExpect(content().string(containsString("Answered")));

        links.issue(id);
        mvc.perform(get(link).with(anonymous()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link is not valid")));
        mvc.perform(get("/answer/not-a-token/pre-test").with(anonymous())).andExpect(status().isNotFound());
    }

    @Test
    void anAnonymousEvaluationKeepsItsAnswersWithoutANameAndStillCountsInTheSatisfiedShare() throws Exception {
        Fixture f = fixture("Dara", "Vanna");
        long id = f.activity().getId();
        questionnaires.addItem(
                id, QuestionnaireKind.EVALUATION, new ItemDraft(ItemKind.RATING, "Relevance", List.of(), null));
        questionnaires.addItem(
                id, QuestionnaireKind.EVALUATION, new ItemDraft(ItemKind.OPEN, "Apply?", List.of(), null));
        questionnaires.describe(id, QuestionnaireKind.EVALUATION, "Evaluation", true);
        questionnaires.open(id, Round.EVALUATION);
        List<Long> items = itemIds(id, QuestionnaireKind.EVALUATION);
        List<IssuedLink> issued = links.issue(id);
        String[] ratings = {"5", "2"};
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/answer/" + issued.get(i).token() + "/evaluation")
                            .with(anonymous())
                            .with(csrf())
                            .param("answers[" + items.get(0) + "]", ratings[i])
                            .param("answers[" + items.get(1) + "]", "ចែករំលែកចំណេះដឹង <script>alert(1)</script>"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from answer_sheet s join questionnaire q on q.id = s.questionnaire_id"
                                + " where q.activity_id = ? and s.enrolment_id is null",
                        Long.class,
                        id))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(satisfaction) from enrolment where activity_id = ?", Long.class, id))
                .isZero();
        mvc.perform(get("/activities/" + id + "/results").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 of 2 who rated it")))
                .andExpect(content().string(containsString("ចែករំលែកចំណេះដឹង &lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
        mvc.perform(get("/activities/" + id + "/results.csv").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Relevance,3.50,0,1,0,0,1,2")));
        mvc.perform(get("/activities/" + id + "/results.xlsx").with(users.staff()))
                .andExpect(status().isOk());

        IndicatorForm indicator = new IndicatorForm();
        indicator.setName("Satisfied participants");
        indicator.setSource(IndicatorSource.SATISFIED_SHARE);
        indicator.setTarget(BigDecimal.valueOf(80));
        indicators.create(f.project().getId(), indicator);
        assertThat(indicators.progress(f.project().getId()).get(0).actual()).isEqualByComparingTo("50.0");
    }

    @Test
    void theResultsPageRunsAsManyStatementsForTwelveRespondentsAsForTwo() throws Exception {
        long[] statements = new long[2];
        int[] sizes = {2, 12};
        for (int run = 0; run < 2; run++) {
            String[] names = new String[sizes[run]];
            java.util.Arrays.fill(names, "Respondent");
            Fixture f = fixture(names);
            long id = f.activity().getId();
            questionnaires.addItem(
                    id, QuestionnaireKind.EVALUATION, new ItemDraft(ItemKind.RATING, "Relevance", List.of(), null));
            questionnaires.addItem(
                    id, QuestionnaireKind.EVALUATION, new ItemDraft(ItemKind.OPEN, "Apply?", List.of(), null));
            questionnaires.open(id, Round.PRE_TEST);
            questionnaires.open(id, Round.EVALUATION);
            List<Long> test = itemIds(id, QuestionnaireKind.TEST);
            List<Long> evaluation = itemIds(id, QuestionnaireKind.EVALUATION);
            List<Long> enrolments = jdbc.queryForList("select id from enrolment where activity_id = ?", Long.class, id);
            for (long enrolment : enrolments) {
                Respondent who = new Respondent(enrolment, id, "Respondent", "", null, null);
                answering.submit(who, Round.PRE_TEST, java.util.Map.of(test.get(0), "1", test.get(1), "0"));
                answering.submit(
                        who,
                        Round.EVALUATION,
                        java.util.Map.of(evaluation.get(0), "4", evaluation.get(1), "More cases"));
            }
            SqlStatements.reset();
            mvc.perform(get("/activities/" + id + "/results").with(users.staff()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(sizes[run] + " of " + sizes[run] + " participants")));
            statements[run] = SqlStatements.count();
        }
        assertThat(statements[1]).isEqualTo(statements[0]);
    }

    @Test
    void theRoomHandsOutALinkForAParticipantsEmailOrShortCodeAndStopsGuessers() throws Exception {
        Fixture f = fixture("Malis");
        long id = f.activity().getId();
        String room = "/room/" + links.roomKey(id);
        String code = links.codes(id).get(0).code();
        mvc.perform(post(room).with(anonymous()).with(csrf()).param("emailOrCode", code.toLowerCase()))
                .andExpect(redirectedUrlPattern("/answer/*"));
        mvc.perform(post(room)
                        .with(anonymous())
                        .with(csrf())
                        .param("emailOrCode", "P" + f.people().get(0).getId() + "@EXAMPLE.org"))
                .andExpect(redirectedUrlPattern("/answer/*"));
        for (int i = 0; i < 10; i++) {
            mvc.perform(post(room).with(anonymous()).with(csrf()).param("emailOrCode", "guess" + i))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("No participant of this activity")));
        }
        mvc.perform(post(room).with(anonymous()).with(csrf()).param("emailOrCode", code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many tries")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from answer_link where activity_id = ? and from_room", Long.class, id))
                .as("the right code, once the limit is reached, opens nothing")
                .isEqualTo(2);
        mvc.perform(get("/room/" + "x".repeat(43)).with(anonymous())).andExpect(status().isNotFound());
    }

    @Test
    void certificatesShowNamesShapedAndTheVerificationPageConfirmsOnlyNameActivityDatesAndInstitute() throws Exception {
        Fixture f = fixture("สมศักดิ์", "ច័ន្ទថា", "Late");
        long id = f.activity().getId();
        jdbc.update(
                "update enrolment set days_attended = 2 where participant_id = ?",
                f.people().get(2).getId());
        mvc.perform(post("/activities/" + id + "/certificates")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/activities/" + id + "/certificates").with(users.staff()))
                .andExpect(content().string(containsString("Attended 2 of 5 days (needs 80%)")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher codes = Pattern.compile("MI-[A-Z0-9]{4}-[A-Z0-9]{4}").matcher(page);
        assertThat(codes.find()).isTrue();
        String code = codes.group();
        assertThat(jdbc.queryForObject(
                        "select count(*) from enrolment where activity_id = ? and certificate_issued", Long.class, id))
                .isEqualTo(2);

        byte[] pdf = mvc.perform(
                        get("/activities/" + id + "/certificates/all.pdf").with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        ShapedGlyphs glyphs = ShapedGlyphs.of(pdf);
        glyphs.assertShaped("สมศักดิ์", "NotoSansThai-Bold");
        glyphs.assertShaped("ច័ន្ទថា", "NotoSansKhmer-Bold");

        String email = "p" + f.people().get(0).getId() + "@example.org";
        mvc.perform(get("/certificates/verify/" + code).with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This certificate is valid.")))
                .andExpect(content().string(containsString(f.activity().getTitle())))
                .andExpect(content().string(containsString("2 Jun 2025 – 6 Jun 2025")))
                .andExpect(content().string(containsString("Mekong Institute")))
                .andExpect(content().string(not(containsString(email))))
                .andExpect(content().string(not(containsString("Cambodia"))));
        mvc.perform(get("/certificates/verify")
                        .param("code", code.toLowerCase().replace('-', ' '))
                        .with(anonymous()))
                .andExpect(redirectedUrlPattern("/certificates/verify/MI-*"));
        mvc.perform(get("/certificates/verify/MI-AAAA-AAAA").with(anonymous()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No certificate with this code")));

        long certificate = jdbc.queryForObject("select id from certificate where code = ?", Long.class, code);
        mvc.perform(post("/activities/" + id + "/certificates/" + certificate + "/revoke")
                        .with(users.staff())
                        .with(csrf())
                        .param("reason", "Issued by mistake"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/certificates/verify/" + code).with(anonymous()))
                .andExpect(content().string(containsString("revoked")))
                .andExpect(content().string(not(containsString(f.activity().getTitle()))));
        assertThat(jdbc.queryForObject(
                        "select count(*) from enrolment where activity_id = ? and certificate_issued", Long.class, id))
                .isEqualTo(1);
    }
}
