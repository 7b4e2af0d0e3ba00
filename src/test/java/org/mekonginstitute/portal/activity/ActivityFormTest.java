package org.mekonginstitute.portal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

@PortalTest
class ActivityFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ActivityService activities;

    private Project project;

    private MockHttpServletRequestBuilder create(String... fields) {
        if (project == null) {
            project = data.project("AF-" + TestData.unique(), LocalDate.of(2025, 1, 1), LocalDate.of(2035, 12, 31));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("type", "TRAINING");
        values.put("title", "Training " + TestData.unique());
        values.put("modality", "IN_PERSON");
        values.put("timeZone", "Asia/Bangkok");
        for (int i = 0; i < fields.length; i += 2) {
            values.put(fields[i], fields[i + 1]);
        }
        MockHttpServletRequestBuilder request = post("/projects/" + project.getId() + "/activities")
                .with(users.staff())
                .with(csrf());
        values.forEach(request::param);
        return request;
    }

    @Test
    void anActivityMayHaveOnlyAPlannedWindow() throws Exception {
        mvc.perform(create("plannedFrom", "2034-12", "plannedTo", "2035-02"))
                .andExpect(redirectedUrlPattern("/activities/*"));
    }

    @Test
    void anActivityNeedsAWindowOrDates() throws Exception {
        mvc.perform(create())
                .andExpect(model().attributeHasFieldErrors("form", "plannedFrom"))
                .andExpect(content().string(containsString("Enter a planned window (months) or the scheduled dates.")));
    }

    @Test
    void anEndBeforeTheStartIsAnError() throws Exception {
        mvc.perform(create("startDate", "2034-05-10", "endDate", "2034-05-09"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate", "beforeStart"));
        mvc.perform(create("plannedFrom", "2034-05", "plannedTo", "2034-03"))
                .andExpect(model().attributeHasFieldErrorCode("form", "plannedTo", "beforeStart"));
        mvc.perform(create("startDate", "2034-05-10", "startTime", "14:00", "endTime", "09:00"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endTime", "beforeStart"));
    }

    @Test
    void badValuesAreRefusedBesideTheirFieldsAndKept() throws Exception {
        mvc.perform(create(
                        "startDate",
                        "2034-05-10",
                        "timeZone",
                        "Mars/Olympus",
                        "onlineLink",
                        "zoom meeting",
                        "targetParticipants",
                        "-3",
                        "plannedFrom",
                        "May 2034"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors(
                                "form", "timeZone", "onlineLink", "targetParticipants", "plannedFrom"))
                .andExpect(content().string(containsString("value=\"zoom meeting\"")));
        mvc.perform(create("startDate", "2034-05-10", "country", "ZZ"))
                .andExpect(model().attributeHasFieldErrors("form", "country"));
    }

    @Test
    void datesOutsideTheProjectAreAWarningThatCanBeConfirmed() throws Exception {
        mvc.perform(create("startDate", "2036-02-01", "endDate", "2036-02-02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The dates fall outside the project")))
                .andExpect(content().string(containsString("Save anyway")));
        mvc.perform(create("startDate", "2036-02-01", "endDate", "2036-02-02", "confirmWarnings", "true"))
                .andExpect(redirectedUrlPattern("/activities/*"));
    }

    @Test
    void aNewActivityInThePastIsAWarning() throws Exception {
        mvc.perform(create("startDate", "2025-02-01"))
                .andExpect(content().string(containsString("This new activity is scheduled in the past")));
    }

    @Test
    void anOverlapAtTheSameVenueOrWithTheSameStaffIsAWarning() throws Exception {
        String venue = "Pullman " + TestData.unique();
        mvc.perform(create(
                        "title",
                        "First at the venue",
                        "startDate",
                        "2034-06-10",
                        "endDate",
                        "2034-06-12",
                        "venue",
                        venue))
                .andExpect(redirectedUrlPattern("/activities/*"));
        mvc.perform(create("startDate", "2034-06-12", "endDate", "2034-06-13", "venue", venue.toUpperCase()))
                .andExpect(content()
                        .string(containsString(
                                "“First at the venue” is at the same venue on 10 Jun 2034 – 12 Jun 2034.")));
        mvc.perform(create("startDate", "2034-06-13", "endDate", "2034-06-14", "venue", venue))
                .andExpect(redirectedUrlPattern("/activities/*"));

        long staffId = users.staffId();
        mvc.perform(create(
                        "title",
                        "Staff busy " + TestData.unique(),
                        "startDate",
                        "2034-08-01",
                        "staffIds",
                        String.valueOf(staffId)))
                .andExpect(redirectedUrlPattern("/activities/*"));
        mvc.perform(create("startDate", "2034-08-01", "staffIds", String.valueOf(staffId)))
                .andExpect(content().string(containsString("Linh Nguyen is also responsible for")));
    }

    @Test
    void aPlannedActivityGetsItsDatesLater() throws Exception {
        var planned = data.plannedActivity(data.project(), YearMonth.of(2025, 3), YearMonth.of(2025, 6));
        assertThat(planned.isScheduled()).isFalse();
        mvc.perform(post("/activities/" + planned.getId())
                        .with(users.staff())
                        .with(csrf())
                        .param("type", "STRUCTURED_LEARNING_VISIT")
                        .param("title", planned.getTitle())
                        .param("modality", "IN_PERSON")
                        .param("plannedFrom", "2025-03")
                        .param("plannedTo", "2025-06")
                        .param("startDate", "2025-05-20")
                        .param("endDate", "2025-05-22")
                        .param("timeZone", "Asia/Bangkok")
                        .param("confirmWarnings", "true")
                        .param("version", String.valueOf(planned.getVersion())))
                .andExpect(redirectedUrlPattern("/activities/*"));
        Activity scheduled = activities.get(planned.getId());
        assertThat(scheduled.getStartDate()).isEqualTo(LocalDate.of(2025, 5, 20));
        assertThat(scheduled.getPlannedFrom()).isEqualTo(YearMonth.of(2025, 3));
    }
}
