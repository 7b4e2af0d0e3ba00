package org.mekonginstitute.portal.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Personal answer links issued as a file (CSV) to send them from: one line per participant with the address to
 * open and the short code, never cached; links issued before stop working. For more people than a page shows well,
 * the file is the only way the evaluation page offers.
 */
@PortalTest
class AnswerLinksFileTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theFileHoldsEachParticipantsWorkingLinkAndReplacesEarlierLinks() throws Exception {
        Activity activity = activity();
        Participant sokha = enrolled(activity, "Sokha");
        Participant formula = enrolled(activity, "=HYPERLINK(\"http://evil.example\")");
        List<CSVRecord> first = issueAsFile(activity);

        List<CSVRecord> second = issueAsFile(activity);

        assertThat(second.get(0).toList()).containsExactly("Participant", "E-mail", "Personal link", "Short code");
        assertThat(second.subList(1, second.size()))
                .extracting(line -> line.get(0))
                .containsExactlyInAnyOrder(sokha.fullName(), "'" + formula.fullName());
        CSVRecord line = second.stream()
                .filter(l -> l.get(0).equals(sokha.fullName()))
                .findFirst()
                .orElseThrow();
        assertThat(line.get(1)).isEqualTo(sokha.getEmail());
        assertThat(line.get(3))
                .isEqualTo(jdbc.queryForObject(
                        "select c.code from answer_code c join enrolment e on e.id = c.enrolment_id where e.participant_id = ?",
                        String.class,
                        sokha.getId()));
        assertThat(line.get(2)).startsWith("http").contains("/answer/");
        assertThat(mvc.perform(get(path(line.get(2)))).andReturn().getResponse())
                .satisfies(page -> assertThat(page.getStatus()).isEqualTo(200))
                .satisfies(page -> assertThat(page.getContentAsString()).contains(sokha.getGivenName()));
        String replaced = first.stream()
                .filter(l -> l.get(0).equals(sokha.fullName()))
                .findFirst()
                .orElseThrow()
                .get(2);
        mvc.perform(get(path(replaced))).andExpect(status().isNotFound());
    }

    @Test
    void theEvaluationPageOffersBothWaysForAFewPeopleAndOnlyTheFileForMany() throws Exception {
        Activity few = activity();
        enrolled(few, "Dara");
        assertThat(evaluationPage(few))
                .contains("action=\"/activities/" + few.getId() + "/evaluation/links\"")
                .contains("action=\"/activities/" + few.getId() + "/evaluation/links.csv\"")
                .doesNotContain("are issued as a file to download");

        Activity many = activity();
        jdbc.update("""
                with people as (
                    insert into participant (given_name, family_name, gender, country)
                    select 'Webinar', 'Guest ' || n, 'FEMALE', 'VN' from generate_series(1, 301) n returning id)
                insert into enrolment (participant_id, activity_id, role, status)
                select id, ?, 'PARTICIPANT', 'REGISTERED' from people""", many.getId());
        assertThat(evaluationPage(many))
                .doesNotContain("action=\"/activities/" + many.getId() + "/evaluation/links\"")
                .contains("action=\"/activities/" + many.getId() + "/evaluation/links.csv\"")
                .contains("With 301 participants, personal links are issued as a file to download");
        assertThat(issueAsFile(many)).hasSize(302);
    }

    private List<CSVRecord> issueAsFile(Activity activity) throws Exception {
        byte[] body = mvc.perform(post("/activities/" + activity.getId() + "/evaluation/links.csv")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"answer-links-activity-" + activity.getId() + ".csv\""))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    private String evaluationPage(Activity activity) throws Exception {
        return mvc.perform(
                        get("/activities/" + activity.getId() + "/evaluation").with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Activity activity() {
        return data.activity(data.project(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
    }

    private Participant enrolled(Activity activity, String given) {
        Participant person = data.participant(given, "Links " + TestData.unique(), Gender.MALE, "KH");
        data.enrol(activity, person, EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
        return person;
    }

    private static String path(String address) {
        return address.substring(address.indexOf("/answer/"));
    }
}
