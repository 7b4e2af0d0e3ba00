package org.mekonginstitute.portal.calendar;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.SqlStatements;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A calendar request runs as many SQL statements for 40 activities as for 4: no query per event. */
@PortalTest
class CalendarStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestData data;

    @Test
    void theCalendarJsonRunsTheSameStatementsFor4And40Activities() throws Exception {
        Project project = data.project("CALS-" + TestData.unique(), LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31));
        create(project, 4);
        long withFour = statementsFor(project, 4);
        create(project, 36);
        long withForty = statementsFor(project, 40);
        assertThat(withForty).isEqualTo(withFour).isLessThanOrEqualTo(1);
    }

    private void create(Project project, int count) {
        for (int i = 0; i < count; i++) {
            if (i % 4 == 3) {
                data.step(data.plannedActivity(project, YearMonth.of(2031, 3), YearMonth.of(2031, 4)), ReviewAction.SUBMIT);
            } else {
                LocalDate start = LocalDate.of(2031, 3, 1 + i % 28);
                data.step(data.activity(project, start, start.plusDays(i % 3)), ReviewAction.SUBMIT, ReviewAction.APPROVE);
            }
        }
    }

    private long statementsFor(Project project, int expected) throws Exception {
        var staff = users.staff();
        SqlStatements.reset();
        mvc.perform(get("/calendar/events").param("start", "2031-02-23").param("end", "2031-04-06")
                        .param("project", project.getCode()).with(staff))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(expected));
        return SqlStatements.count();
    }
}
