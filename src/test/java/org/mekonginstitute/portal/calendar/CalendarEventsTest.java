package org.mekonginstitute.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** The calendar's JSON: exactly the activities overlapping the visible range, filtered, in FullCalendar's format. */
@PortalTest
class CalendarEventsTest {

    /** FullCalendar's month view for May 2031 asks like this (start inclusive, end exclusive, the viewer's offset). */
    private static final String START = "2031-05-01T00:00:00+07:00";

    private static final String END = "2031-06-01T00:00:00+07:00";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    Departments departments;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private Project project() {
        return data.project("CAL-" + TestData.unique(), LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31));
    }

    private Activity submitted(Project project, LocalDate start, LocalDate end) {
        return data.step(data.activity(project, start, end), ReviewAction.SUBMIT);
    }

    private Activity plannedSubmitted(Project project, YearMonth from, YearMonth to) {
        return data.step(data.plannedActivity(project, from, to), ReviewAction.SUBMIT);
    }

    private String events(String start, String end, String... filters) throws Exception {
        var request =
                get("/calendar/events").param("start", start).param("end", end).with(users.staff());
        for (int i = 0; i < filters.length; i += 2) {
            request.param(filters[i], filters[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> titles(String json) {
        return JsonPath.read(json, "$[*].title");
    }

    @Test
    void theRangeHoldsExactlyTheActivitiesOverlappingItBoundariesIncluded() throws Exception {
        Project project = project();
        Activity endsTheDayBefore = submitted(project, LocalDate.of(2031, 4, 28), LocalDate.of(2031, 4, 30));
        Activity endsOnTheFirstDay = submitted(project, LocalDate.of(2031, 4, 29), LocalDate.of(2031, 5, 1));
        Activity inside = submitted(project, LocalDate.of(2031, 5, 10), LocalDate.of(2031, 5, 12));
        Activity startsOnTheLastDay = submitted(project, LocalDate.of(2031, 5, 31), LocalDate.of(2031, 6, 2));
        Activity startsTheDayAfter = submitted(project, LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 1));
        Activity spansTheMonth = submitted(project, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 7, 1));
        Activity plannedOverIt = plannedSubmitted(project, YearMonth.of(2031, 5), YearMonth.of(2031, 6));
        Activity plannedBefore = plannedSubmitted(project, YearMonth.of(2031, 3), YearMonth.of(2031, 4));
        Activity plannedAfter = plannedSubmitted(project, YearMonth.of(2031, 6), YearMonth.of(2031, 6));

        String json = events(START, END, "project", project.getCode());

        assertThat(titles(json))
                .containsExactlyInAnyOrder(
                        endsOnTheFirstDay.getTitle(),
                        inside.getTitle(),
                        startsOnTheLastDay.getTitle(),
                        spansTheMonth.getTitle(),
                        plannedOverIt.getTitle());
        assertThat(titles(json))
                .doesNotContain(
                        endsTheDayBefore.getTitle(),
                        startsTheDayAfter.getTitle(),
                        plannedBefore.getTitle(),
                        plannedAfter.getTitle());
        List<Boolean> planned =
                JsonPath.read(json, "$[?(@.title == '" + plannedOverIt.getTitle() + "')].extendedProps.planned");
        assertThat(planned).containsExactly(true);
        List<String> urls = JsonPath.read(json, "$[?(@.title == '" + inside.getTitle() + "')].url");
        assertThat(urls).containsExactly("/activities/" + inside.getId());
    }

    @Test
    void aDayOnlyRangeWorksAsWellAsFullCalendarsDateTimes() throws Exception {
        Project project = project();
        Activity inside = submitted(project, LocalDate.of(2031, 5, 10), LocalDate.of(2031, 5, 12));
        assertThat(titles(events("2031-05-12", "2031-05-13", "project", project.getCode())))
                .containsExactly(inside.getTitle());
        assertThat(titles(events("2031-05-13", "2031-05-14", "project", project.getCode())))
                .isEmpty();
    }

    @Test
    void theSameWeeksAskedForAgainFollowEveryChangeOfTheData() throws Exception {
        Project project = project();
        Activity first = submitted(project, LocalDate.of(2031, 5, 10), LocalDate.of(2031, 5, 12));
        assertThat(titles(events(START, END, "project", project.getCode()))).containsExactly(first.getTitle());

        Activity second = submitted(project, LocalDate.of(2031, 5, 20), LocalDate.of(2031, 5, 21));
        assertThat(titles(events(START, END, "project", project.getCode())))
                .containsExactlyInAnyOrder(first.getTitle(), second.getTitle());

        jdbc.update(
                "update activity set start_date = '2031-07-01', end_date = '2031-07-02' where id = :id",
                Map.of("id", first.getId()));
        assertThat(titles(events(START, END, "project", project.getCode()))).containsExactly(second.getTitle());
    }

    @Test
    void draftsAreHiddenUnlessAskedFor() throws Exception {
        Project project = project();
        Activity draft = data.activity(project, LocalDate.of(2031, 5, 5), LocalDate.of(2031, 5, 6));
        Activity submitted = submitted(project, LocalDate.of(2031, 5, 7), LocalDate.of(2031, 5, 8));
        String id = project.getCode();
        assertThat(titles(events(START, END, "project", id))).containsExactly(submitted.getTitle());
        assertThat(titles(events(START, END, "project", id, "drafts", "true")))
                .containsExactlyInAnyOrder(draft.getTitle(), submitted.getTitle());
        assertThat(titles(events(START, END, "project", id, "status", "DRAFT"))).containsExactly(draft.getTitle());
        assertThat(titles(events(START, END, "project", id, "status", "SUBMITTED")))
                .containsExactly(submitted.getTitle());
    }

    @Test
    void filtersByProjectDepartmentTypeAndCountry() throws Exception {
        String tag = TestData.unique();
        long otherDepartment = departments.all().get(1).getId();
        Project first = data.project("CALF-" + tag, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31));
        Project second =
                data.project("CALG-" + tag, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31), otherDepartment);
        Activity workshopInThailand = submitted(first, LocalDate.of(2031, 5, 5), LocalDate.of(2031, 5, 6));
        Activity webinarInLaos = data.step(
                data.activity(first, form -> {
                    form.setType(ActivityType.WEBINAR);
                    form.setCountry("LA");
                    form.setCity("Vientiane");
                    form.setStartDate(LocalDate.of(2031, 5, 7));
                }),
                ReviewAction.SUBMIT);
        Activity inTheOtherDepartment = submitted(second, LocalDate.of(2031, 5, 8), LocalDate.of(2031, 5, 9));

        assertThat(titles(events(START, END, "project", first.getCode())))
                .containsExactlyInAnyOrder(workshopInThailand.getTitle(), webinarInLaos.getTitle());
        assertThat(titles(events(START, END, "project", first.getCode(), "type", "WEBINAR")))
                .containsExactly(webinarInLaos.getTitle());
        assertThat(titles(events(START, END, "project", first.getCode(), "country", "TH")))
                .containsExactly(workshopInThailand.getTitle());
        List<String> inDepartment = titles(events(START, END, "department", String.valueOf(otherDepartment)));
        assertThat(inDepartment)
                .contains(inTheOtherDepartment.getTitle())
                .doesNotContain(workshopInThailand.getTitle(), webinarInLaos.getTitle());
    }

    @Test
    void timedActivitiesCarryTheirZonesOffsetAndAllDayOnesEndTheDayAfter() throws Exception {
        Project project = project();
        Activity inYangon = data.step(
                data.activity(project, form -> {
                    form.setStartDate(LocalDate.of(2031, 5, 10));
                    form.setEndDate(LocalDate.of(2031, 5, 11));
                    form.setStartTime(LocalTime.of(9, 0));
                    form.setEndTime(LocalTime.of(16, 0));
                    form.setTimeZone("Asia/Yangon");
                }),
                ReviewAction.SUBMIT);
        Activity allDay = submitted(project, LocalDate.of(2031, 5, 20), LocalDate.of(2031, 5, 22));
        String json = events(START, END, "project", project.getCode());

        assertThat(one(json, inYangon, "start")).isEqualTo("2031-05-10T09:00:00+06:30");
        assertThat(one(json, inYangon, "end")).isEqualTo("2031-05-11T16:00:00+06:30");
        assertThat(one(json, inYangon, "allDay")).isEqualTo(false);
        assertThat(one(json, allDay, "start")).isEqualTo("2031-05-20");
        assertThat(one(json, allDay, "end")).isEqualTo("2031-05-23");
        assertThat(one(json, allDay, "allDay")).isEqualTo(true);
        assertThat(one(json, allDay, "classNames")).isEqualTo(List.of("type-WORKSHOP", "status-SUBMITTED"));
        assertThat(one(json, inYangon, "extendedProps.when"))
                .isEqualTo("10 May 2031 – 11 May 2031, 09:00–16:00 (Asia/Yangon)");
    }

    @Test
    void aMissingBackwardsOrOverlongRangeIsRefusedWithAMessage() throws Exception {
        mvc.perform(get("/calendar/events").with(users.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("start and end dates")));
        mvc.perform(get("/calendar/events")
                        .param("start", "2031-05-10")
                        .param("end", "2031-05-01")
                        .with(users.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("after the start")));
        mvc.perform(get("/calendar/events")
                        .param("start", "2020-01-01")
                        .param("end", "2031-01-01")
                        .with(users.staff()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/calendar/events")
                        .param("start", "not a date")
                        .param("end", "2031-01-01")
                        .with(users.staff()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/calendar/events")
                        .param("start", START)
                        .param("end", END)
                        .param("type", "NO_SUCH_TYPE")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"));
    }

    @Test
    void aProjectCodeNobodyHasIsRefusedWithAMessageAndOneTypedInLowerCaseIsFound() throws Exception {
        mvc.perform(get("/calendar/events")
                        .param("start", START)
                        .param("end", END)
                        .param("project", "abc")
                        .with(users.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message", containsString("No project has this code")));
        Project project = project();
        Activity submitted = submitted(project, LocalDate.of(2031, 5, 7), LocalDate.of(2031, 5, 8));
        assertThat(titles(events(START, END, "project", " " + project.getCode().toLowerCase() + " ")))
                .containsExactly(submitted.getTitle());
        mvc.perform(get("/calendar/events")
                        .param("start", "2040-01-01")
                        .param("end", "2040-02-01")
                        .param("project", project.getCode())
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theRangeConditionIsAnsweredFromBothGistIndexes() {
        List<String> plan = transactions.execute(status -> {
            jdbc.getJdbcTemplate().execute("set local enable_seqscan = off");
            return jdbc.queryForList(
                    "explain select a.id from activity a join project p on p.id = a.project_id where "
                            + CalendarQueries.OVERLAPS_RANGE,
                    Map.of("from", LocalDate.of(2024, 4, 28), "to", LocalDate.of(2024, 6, 9)),
                    String.class);
        });
        assertThat(String.join("\n", plan))
                .contains("activity_scheduled_range_idx")
                .contains("activity_planned_range_idx");
    }

    private static Object one(String json, Activity activity, String field) {
        List<Object> values = JsonPath.read(json, "$[?(@.id == '" + activity.getId() + "')]." + field);
        assertThat(values).hasSize(1);
        return values.get(0);
    }
}
