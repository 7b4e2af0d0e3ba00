package org.mekonginstitute.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemDraft;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.ShapedGlyphs;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation's pages in Thai for a reader whose browser asks for it: staff's evaluation, results and certificates
 * pages, the public answer, room and verification pages, with Buddhist Era years and no missing words, and the
 * certificate's fixed wording in the language of whoever downloads it.
 */
@PortalTest
class EvaluationInThaiTest {

    @Autowired
    ThaiPages inThai;

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

    @Test
    void staffAndParticipantsReadTheEvaluationInThai() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 6));
        long id = activity.getId();
        Participant p = data.participant("สมศรี", "Family" + TestData.unique(), Gender.FEMALE, "TH");
        data.enrol(activity, p, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
        jdbc.update("update enrolment set days_attended = 5 where participant_id = ?", p.getId());
        questionnaires.addItem(
                id, QuestionnaireKind.TEST, new ItemDraft(ItemKind.TRUE_FALSE, "MoUs exist.", List.of(), 0));
        questionnaires.open(id, Round.PRE_TEST);
        String token = links.issue(id).get(0).token();

        assertThat(inThai.page(get("/activities/" + id + "/evaluation"), users.staff()))
                .contains("รอบการตอบ", "แบบทดสอบก่อนกิจกรรม");
        assertThat(inThai.page(get("/activities/" + id + "/results"), users.staff()))
                .contains("คะแนนที่เพิ่มขึ้น");
        String csv = mvc.perform(thai(get("/activities/" + id + "/results.csv").with(users.staff())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("อัตราการตอบ (%)");

        assertThat(inThai.page(get("/answer/" + token), anonymous())).contains("แบบทดสอบก่อนกิจกรรม", "2568");
        assertThat(inThai.page(get("/answer/" + token + "/pre-test"), anonymous()))
                .contains("ส่งคำตอบ", "ถูก", "ผิด");
        assertThat(inThai.page(post("/answer/" + token + "/pre-test").with(csrf()), anonymous()))
                .contains("โปรดเลือกคำตอบ");
        assertThat(inThai.page(get("/room/" + links.roomKey(id)), anonymous())).contains("อีเมลหรือรหัสสั้น", "2568");

        mvc.perform(thai(post("/activities/" + id + "/certificates")
                        .with(users.staff())
                        .with(csrf())))
                .andExpect(status().is3xxRedirection());
        assertThat(inThai.page(get("/activities/" + id + "/certificates"), users.staff()))
                .contains("ผู้ที่จะได้รับประกาศนียบัตร");
        String code = jdbc.queryForObject(
                "select c.code from certificate c join enrolment e on e.id = c.enrolment_id where e.activity_id = ?",
                String.class,
                id);
        assertThat(inThai.page(get("/certificates/verify/" + code), anonymous()))
                .contains("ประกาศนียบัตรฉบับนี้มีผลใช้ได้", "2568");

        byte[] pdf = mvc.perform(
                        thai(get("/activities/" + id + "/certificates/all.pdf").with(users.staff())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        ShapedGlyphs.of(pdf).assertShaped("ขอมอบประกาศนียบัตรฉบับนี้ไว้เพื่อแสดงว่า", "NotoSansThai-Regular");
    }

    private static MockHttpServletRequestBuilder thai(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "th");
    }
}
