package org.mekonginstitute.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

/** The calendar page and its month list, as the server renders them (the list needs no JavaScript). */
@PortalTest
class CalendarPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    Clock clock;

    @Test
    void theMonthListShowsScheduledActivitiesAndThePlannedOnesApart() throws Exception {
        Project project =
                data.project("CALL-" + TestData.unique(), LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31));
        Activity scheduled = data.step(
                data.activity(project, form -> {
                    form.setStartDate(LocalDate.of(2031, 5, 13));
                    form.setEndDate(LocalDate.of(2031, 5, 15));
                    form.setStartTime(java.time.LocalTime.of(9, 0));
                    form.setEndTime(java.time.LocalTime.of(17, 0));
                }),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
        Activity planned = data.step(
                data.plannedActivity(project, YearMonth.of(2031, 4), YearMonth.of(2031, 6)), ReviewAction.SUBMIT);
        Activity draft = data.activity(project, LocalDate.of(2031, 5, 20), LocalDate.of(2031, 5, 20));
        Activity nextMonth = data.step(
                data.activity(project, LocalDate.of(2031, 6, 2), LocalDate.of(2031, 6, 2)), ReviewAction.SUBMIT);

        String page = mvc.perform(get("/calendar/list?month=2031-05&project=" + project.getCode())
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(
                        "Activities in May 2031",
                        scheduled.getTitle(),
                        "13 May 2031 – 15 May 2031",
                        "09:00–17:00 Asia/Bangkok",
                        "Planned for this month, dates not fixed yet",
                        planned.getTitle(),
                        "Apr 2031 – Jun 2031",
                        "drafts not shown",
                        "Jun 2031");
        assertThat(page.indexOf(scheduled.getTitle())).isLessThan(page.indexOf("Planned for this month"));
        assertThat(page.indexOf(planned.getTitle())).isGreaterThan(page.indexOf("Planned for this month"));
        assertThat(page).doesNotContain(draft.getTitle(), nextMonth.getTitle());
        assertThat(page)
                .contains(
                        "/calendar/list?project=" + project.getCode() + "&amp;month=2031-06",
                        "/calendar/list?project=" + project.getCode() + "&amp;month=2031-04");
        assertThat(page).doesNotContain("<script defer src=\"/webjars/fullcalendar");

        mvc.perform(get("/calendar/list")
                        .param("month", "2031-05")
                        .param("project", project.getCode())
                        .param("drafts", "true")
                        .with(users.staff()))
                .andExpect(content().string(containsString(draft.getTitle())));
    }

    @Test
    void theDemoMonthOfTheBangkokVisitListsIt() throws Exception {
        mvc.perform(get("/calendar/list").param("month", "2024-05").with(users.manager()))
                .andExpect(content().string(containsString("Structured learning visit to Bangkok-based organisations")))
                .andExpect(content().string(containsString("20 May 2024 – 22 May 2024")));
    }

    @Test
    void aMonthThatIsNoMonthShowsThisMonthWithANote() throws Exception {
        mvc.perform(get("/calendar/list")
                        .param("month", "May 2024")
                        .param("type", "NOT_A_TYPE")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a month like 2024-05")));
    }

    @Test
    void theCalendarPageKeepsItsFiltersViewAndDateAndLoadsOnlyStaticScripts() throws Exception {
        String page = mvc.perform(get("/calendar")
                        .param("view", "week")
                        .param("date", "2031-05-13")
                        .param("type", "TRAINING")
                        .param("country", "LA")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "data-view=\"week\"",
                        "data-date=\"2031-05-13\"",
                        "data-events=\"/calendar/events\"",
                        "<option value=\"TRAINING\" selected=\"selected\">Training</option>",
                        "href=\"/calendar/feeds?type=TRAINING&amp;country=LA\"",
                        "href=\"/calendar/list?month=2031-05&amp;type=TRAINING&amp;country=LA\"",
                        "/webjars/fullcalendar/",
                        "/assets/js/calendar",
                        "planned-badge",
                        "waiting for review");
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");

        mvc.perform(get("/calendar")
                        .param("view", "<script>")
                        .param("date", "yesterday")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-view="))))
                .andExpect(content().string(containsString("data-date=\"" + LocalDate.now(clock) + "\"")))
                .andExpect(content().string(not(containsString("<script>"))));
    }

    @Test
    void theNavigationHasTheCalendarAfterActivities() throws Exception {
        String page = mvc.perform(get("/").with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("href=\"/calendar\">Calendar</a>"))
                .isGreaterThan(page.indexOf("href=\"/activities\">Activities</a>"));
    }
}
