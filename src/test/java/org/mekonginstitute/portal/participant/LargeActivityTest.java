package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity with more people than one page shows, as a webinar has: its participant list, its attendance sheet and
 * its certificates come in pages, each page's figures count everyone, and each page of the sheet is saved on its own.
 */
@PortalTest
class LargeActivityTest {

    /** One more page of the participant list than a full one, and three pages of the attendance sheet. */
    private static final int PEOPLE = EnrolmentRows.PAGE_SIZE + 5;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    EnrolmentService enrolments;

    Activity webinar;

    /** The people in the order of the activity's lists (one country, family names in number order). */
    List<Participant> people;

    @BeforeEach
    void aWebinarOfManyPeople() {
        webinar = data.activity(data.project(), form -> {
            form.setStartDate(LocalDate.of(2025, 6, 2));
            form.setEndDate(LocalDate.of(2025, 6, 3));
            form.setTargetParticipants(PEOPLE - 2);
        });
        people = data.crowd(webinar, PEOPLE, "Viewer", "Webinar" + TestData.unique());
    }

    @Test
    void theParticipantListComesInPagesThatCountEveryone() throws Exception {
        String first = page("/participants", "1");
        assertThat(first)
                .contains(
                        PEOPLE + " enrolled",
                        "Showing 1–100 of " + PEOPLE + " participants",
                        people.get(0).fullName(),
                        people.get(99).fullName())
                .doesNotContain(people.get(100).fullName())
                .contains("/activities/" + webinar.getId() + "/participants?page=2")
                .contains(PEOPLE + " people are enrolled, more than the target of " + (PEOPLE - 2));

        String second = page("/participants", "2");
        assertThat(second)
                .contains(
                        "Showing 101–" + PEOPLE + " of " + PEOPLE + " participants",
                        people.get(100).fullName(),
                        people.get(PEOPLE - 1).fullName())
                .doesNotContain(people.get(99).fullName())
                .contains("name=\"page\" value=\"2\"")
                .contains(PEOPLE + " people are enrolled, more than the target of " + (PEOPLE - 2));

        assertThat(page("/participants", "9999")).contains("Showing 101–" + PEOPLE + " of " + PEOPLE + " participants");
        assertThat(page("/participants", "2147483648")).contains("Showing 1–100 of " + PEOPLE + " participants");
        assertThat(page("/participants", "two")).contains("Showing 1–100 of " + PEOPLE + " participants");
        assertThat(page("/attendance", "999999999"))
                .contains("Showing 101–" + PEOPLE + " of " + PEOPLE + " participants");
    }

    @Test
    void aStatusChangedOnTheSecondPageReturnsToIt() throws Exception {
        long last = enrolments
                .find(webinar.getId(), people.get(PEOPLE - 1).getId())
                .orElseThrow()
                .getId();
        mvc.perform(post("/activities/" + webinar.getId() + "/enrolments/status")
                        .param("selected", String.valueOf(last))
                        .param("status", "WITHDRAWN")
                        .param("page", "2")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(redirectedUrl("/activities/" + webinar.getId() + "/participants?page=2"));
        assertThat(page("/participants", "1"))
                .contains((PEOPLE - 1) + " people are enrolled, more than the target of " + (PEOPLE - 2));
    }

    @Test
    void eachPageOfTheAttendanceSheetIsSavedOnItsOwn() throws Exception {
        int size = EnrolmentService.SHEET_PAGE_SIZE;
        String third = page("/attendance", "3");
        assertThat(third)
                .contains(
                        "Showing 101–" + PEOPLE + " of " + PEOPLE + " participants",
                        people.get(100).fullName())
                .doesNotContain(people.get(99).fullName())
                .contains("action=\"/activities/" + webinar.getId() + "/attendance?page=3\"");

        List<Enrolment> thirdPage = enrolments.sheet(webinar.getId(), 2).getContent();
        assertThat(thirdPage).hasSize(PEOPLE - 2 * size);
        mvc.perform(sheet(thirdPage, "3", "7"))
                .andExpect(model().attributeHasFieldErrors("form", "rows[0].satisfaction"))
                .andExpect(model().attribute("page", hasProperty("number", is(2))));
        mvc.perform(sheet(thirdPage, "3", "5"))
                .andExpect(redirectedUrl("/activities/" + webinar.getId() + "/attendance?page=3"));

        assertThat(enrolments.of(webinar.getId()))
                .allSatisfy(e -> assertThat(e.getStatus())
                        .isEqualTo(
                                thirdPage.stream().anyMatch(t -> t.getId().equals(e.getId()))
                                        ? AttendanceStatus.ATTENDED
                                        : AttendanceStatus.REGISTERED));
    }

    @Test
    void aSheetShownAgainWithAProblemNamesItsLinesAfterTheListMoved() throws Exception {
        List<Enrolment> thirdPage = enrolments.sheet(webinar.getId(), 2).getContent();
        assertThat(thirdPage.get(0).getParticipant().getId())
                .isEqualTo(people.get(100).getId());
        enrolments.remove(
                webinar.getId(),
                enrolments
                        .find(webinar.getId(), people.get(0).getId())
                        .orElseThrow()
                        .getId());

        String refused = mvc.perform(sheet(thirdPage, "3", "7"))
                .andExpect(model().attributeHasFieldErrors("form", "rows[0].satisfaction"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains(people.get(100).fullName(), people.get(PEOPLE - 1).fullName());
    }

    @Test
    void theCertificatesComeInPagesAndAreIssuedToEveryoneWhoEarnedThem() throws Exception {
        enrolments.saveAttendance(
                webinar.getId(),
                enrolments.of(webinar.getId()).stream()
                        .map(e -> new Attendance(
                                e.getId(), e.getVersion(), AttendanceStatus.ATTENDED, 2, null, null, null, false))
                        .toList());
        mvc.perform(post("/activities/" + webinar.getId() + "/certificates")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(flash().attribute("saved", PEOPLE + " certificates issued."));

        assertThat(page("/certificates", "1"))
                .contains("Showing 1–100 of " + PEOPLE + " participants", nameOnCertificate(99))
                .doesNotContain(nameOnCertificate(100));
        assertThat(page("/certificates", "50")).contains("Showing 101–" + PEOPLE + " of " + PEOPLE + " participants");
        String second = page("/certificates", "2");
        assertThat(second)
                .contains("Showing 101–" + PEOPLE + " of " + PEOPLE + " participants", nameOnCertificate(100))
                .doesNotContain(nameOnCertificate(99));

        Matcher revoke = Pattern.compile("action=\"(/activities/\\d+/certificates/\\d+/revoke)\\?page=2\"")
                .matcher(second);
        assertThat(revoke.find()).isTrue();
        mvc.perform(post(revoke.group(1))
                        .param("reason", "Issued in error")
                        .param("page", "2")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(redirectedUrl("/activities/" + webinar.getId() + "/certificates?page=2"));
    }

    @Test
    void theWaysInToTheEvaluationComeInPages() throws Exception {
        String second = page("/evaluation", "2");
        assertThat(second)
                .contains("Showing 101–" + PEOPLE + " of " + PEOPLE + " participants", nameOnCertificate(100))
                .doesNotContain(nameOnCertificate(99))
                .contains("href=\"/activities/" + webinar.getId() + "/evaluation?page=1\"");
    }

    @Test
    void aPagedPageShownAgainAfterARefusedFormKeepsItsPageLinks() throws Exception {
        String refused = mvc.perform(post("/activities/" + webinar.getId() + "/certificates/rule")
                        .param("minAttendance", "many")
                        .param("version", "0")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(model().attributeHasFieldErrors("rule", "minAttendance"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused)
                .contains("href=\"/activities/" + webinar.getId() + "/certificates?page=2\"")
                .doesNotContain("/certificates/rule?page=");
    }

    /** How the certificates page names one of the people: given and family name. */
    private String nameOnCertificate(int index) {
        return people.get(index).getGivenName() + " " + people.get(index).getFamilyName();
    }

    private String page(String path, String number) throws Exception {
        return mvc.perform(get("/activities/" + webinar.getId() + path)
                        .param("page", number)
                        .with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** One page of the attendance sheet as the browser posts it: everyone attended, the first line's mark given. */
    private MockHttpServletRequestBuilder sheet(List<Enrolment> rows, String page, String firstSatisfaction) {
        return EnrolmentAndAttendanceTest.sheetLines(
                post("/activities/" + webinar.getId() + "/attendance")
                        .param("page", page)
                        .with(users.staff())
                        .with(csrf()),
                rows,
                "ATTENDED",
                "2",
                "",
                "",
                firstSatisfaction);
    }
}
