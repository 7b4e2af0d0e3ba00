package org.mekonginstitute.portal.reporting.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The dashboard and the reach report run as many SQL statements for a little data as for more: the aggregates
 * are computed in SQL, never a query per row. Kept figures save their statements until the data changes.
 */
@PortalTest
class ReportStatementsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ReachQueries reach;

    @Test
    void theReportRunsTheSameStatementsForOneActivityAsForTen() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Project project = data.project("S-" + TestData.unique(), today.minusYears(2), today.plusYears(1));
        String url = "/reports?project=" + project.getCode();
        addActivities(project, 1, 2);
        long small = statements(url, users.manager());
        addActivities(project, 9, 6);
        long larger = statements(url, users.manager());
        assertThat(larger).isEqualTo(small).isLessThanOrEqualTo(10);
    }

    @Test
    void theDashboardRunsTheSameStatementsForOneUpcomingActivityAsForEight() throws Exception {
        String email = TestData.unique().toLowerCase() + "@statements.example.org";
        long me = jdbc.queryForObject(
                "insert into user_account (email, display_name, role) values (?, 'Counter', 'MANAGER')"
                        + " returning id",
                Long.class,
                email);
        LocalDate today = LocalDate.now(clock);
        Project project = data.project("S-" + TestData.unique(), today.minusYears(1), today.plusYears(1));
        data.activity(project, ActivityType.WORKSHOP, today.plusDays(1), today.plusDays(1), me);
        long small = statements("/", users.as(email));
        for (int i = 2; i <= 8; i++) {
            Activity activity = data.activity(project, ActivityType.TRAINING, today.plusDays(i), today.plusDays(i), me);
            data.enrol(
                    activity,
                    data.participant("Counted", Gender.FEMALE, "VN", null),
                    EnrolmentRole.PARTICIPANT,
                    AttendanceStatus.ATTENDED);
        }
        long larger = statements("/", users.as(email));
        assertThat(larger).isEqualTo(small).isLessThanOrEqualTo(10);
    }

    @Test
    void keptFiguresAreReusedUntilTheDataChanges() {
        Project project = data.project();
        ReachFilter filter = ReachFilter.ofProject(project.getId());
        addActivities(project, 1, 1);
        assertThat(statementsOf(() -> reach.reach(filter))).isEqualTo(3); // the data version, work_mem, the aggregate
        assertThat(statementsOf(() -> reach.reach(filter))).isEqualTo(1); // the data version only
        addActivities(project, 1, 1);
        assertThat(statementsOf(() -> reach.reach(filter))).isEqualTo(3);
        assertThat(reach.reach(filter).total().participations()).isEqualTo(2);
    }

    private long statementsOf(Runnable work) {
        SqlStatements.reset();
        work.run();
        return SqlStatements.count();
    }

    /**
     * Statements of one request made just after a change, so that the figures are computed afresh; the change is
     * a review step, so the managers' review badge in the menu is counted afresh too, as on every such request.
     */
    private long statements(String url, RequestPostProcessor user) throws Exception {
        Project scratch = data.project();
        data.step(data.activity(scratch, scratch.getStartDate(), scratch.getStartDate()), ReviewAction.SUBMIT);
        SqlStatements.reset();
        mvc.perform(get(url).with(user)).andExpect(status().isOk());
        return SqlStatements.count();
    }

    private void addActivities(Project project, int activities, int peopleEach) {
        for (int a = 0; a < activities; a++) {
            Activity activity = data.activity(
                    project,
                    ActivityType.values()[a % ActivityType.values().length],
                    project.getStartDate().plusDays(a),
                    project.getStartDate().plusDays(a));
            for (int p = 0; p < peopleEach; p++) {
                data.enrol(
                        activity,
                        data.participant(
                                "Counted", p % 2 == 0 ? Gender.FEMALE : Gender.MALE, p % 3 == 0 ? "LA" : "TH", null),
                        EnrolmentRole.PARTICIPANT,
                        AttendanceStatus.ATTENDED);
            }
        }
    }
}
