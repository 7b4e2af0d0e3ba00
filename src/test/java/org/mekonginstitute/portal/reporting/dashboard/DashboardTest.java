package org.mekonginstitute.portal.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.activity.ReviewBadge;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.reporting.reach.Reach;
import org.mekonginstitute.portal.reporting.reach.Reach.Figures;
import org.mekonginstitute.portal.reporting.reach.ReachFilter;
import org.mekonginstitute.portal.reporting.reach.ReachQueries;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/** The dashboard: the user's own activities, the review queue for managers, this year's figures and charts. */
@PortalTest
class DashboardTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReachQueries reach;

    @Autowired
    DashboardQueries dashboardQueries;

    @Autowired
    ReviewBadge reviewBadge;

    @Autowired
    Clock clock;

    @Autowired
    Dates dates;

    private Document dashboard(RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get("/").with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    /** A member of staff of their own, so that only this test's activities are theirs. */
    private long newStaffMember(String email) {
        return jdbc.queryForObject(
                "insert into user_account (email, display_name, role) values (?, 'Dashboard Tester', 'STAFF')"
                        + " returning id",
                Long.class,
                email);
    }

    @Test
    void staffSeeTheActivitiesTheyAreResponsibleForThatHaveNotEndedSoonestFirst() throws Exception {
        String email = TestData.unique().toLowerCase() + "@dashboard.example.org";
        long me = newStaffMember(email);
        LocalDate today = LocalDate.now(clock);
        Project project = data.project("D-" + TestData.unique(), today.minusYears(1), today.plusYears(1));
        Activity running = data.activity(project, ActivityType.WORKSHOP, today.minusDays(1), today.plusDays(1), me);
        Activity soon = data.activity(project, ActivityType.TRAINING, today.plusDays(2), today.plusDays(3), me);
        Activity later = data.activity(project, ActivityType.WEBINAR, today.plusDays(70), today.plusDays(70), me);
        YearMonth inTwoMonths = YearMonth.from(today).plusMonths(2);
        Activity planned = data.plannedActivity(project, inTwoMonths, inTwoMonths.plusMonths(1));
        jdbc.update("insert into activity_staff (activity_id, user_id) values (?, ?)", planned.getId(), me);
        Activity ended = data.activity(project, ActivityType.TRAINING, today.minusDays(10), today.minusDays(9), me);
        Activity cancelled = data.activity(project, ActivityType.TRAINING, today.plusDays(4), today.plusDays(4), me);
        jdbc.update("update activity set status = 'CANCELLED' where id = ?", cancelled.getId());
        Activity someoneElses = data.activity(project, ActivityType.TRAINING, today.plusDays(4), today.plusDays(4));

        Document page = dashboard(users.as(email));

        assertThat(page.select("h1").text()).isEqualTo("Welcome, Dashboard Tester");
        assertThat(page.select(".upcoming li a.fw-semibold").eachText())
                .containsExactly(running.getTitle(), soon.getTitle(), planned.getTitle(), later.getTitle())
                .doesNotContain(ended.getTitle(), cancelled.getTitle(), someoneElses.getTitle());
        Element plannedItem = page.select(".upcoming li").get(2);
        assertThat(plannedItem.select(".planned-badge").text()).isEqualTo("planned");
        assertThat(plannedItem.text()).contains(dates.window(inTwoMonths, inTwoMonths.plusMonths(1)));
        assertThat(page.select("#waiting-title")).isEmpty();
    }

    @Test
    void someoneWithNothingComingIsToldSo() throws Exception {
        String email = TestData.unique().toLowerCase() + "@dashboard.example.org";
        newStaffMember(email);
        assertThat(dashboard(users.as(email))
                        .select("section[aria-labelledby=upcoming-title]")
                        .text())
                .contains("No upcoming activities where you are among the staff responsible.");
    }

    @Test
    void managersSeeHowManyActivitiesWaitForReviewAndTheOldestOfThem() throws Exception {
        Project project = data.project();
        data.step(data.activity(project, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2)), ReviewAction.SUBMIT);
        long waiting = jdbc.queryForObject("select count(*) from activity where status = 'SUBMITTED'", Long.class);
        List<String> oldest = jdbc.queryForList(
                "select title from activity where status = 'SUBMITTED'" + " order by submitted_at, id limit 5",
                String.class);

        Document page = dashboard(users.manager());

        assertThat(reviewBadge.count()).isEqualTo(waiting);
        assertThat(page.select("#waiting-title .badge").text()).isEqualTo(String.valueOf(waiting));
        assertThat(page.select("section[aria-labelledby=waiting-title] li > a").eachText())
                .isEqualTo(oldest);
        assertThat(page.select("section[aria-labelledby=waiting-title] a[href=/review]")
                        .text())
                .isEqualTo("Open the review queue (" + waiting + " activities)");
    }

    @Test
    void theHeadlinesCountThisYearsParticipantsOnceHoweverOftenTheyCame() throws Exception {
        LocalDate today = LocalDate.now(clock);
        ReachFilter thisYear =
                ReachFilter.between(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31));
        Figures before = reach.reach(thisYear).total();
        ActivityFigures activitiesBefore = dashboardQueries.activityFigures(today);

        Project project = data.project("D-" + TestData.unique(), today.minusYears(1), today.plusYears(1));
        Activity first = data.activity(project, ActivityType.TRAINING, today, today);
        Activity second = data.activity(project, ActivityType.WORKSHOP, today, today);
        Participant woman = data.participant("Malai", Gender.FEMALE, "TH", null);
        Participant man = data.participant("Sok", Gender.MALE, "KH", null);
        Participant absent = data.participant("Nary", Gender.FEMALE, "KH", null);
        data.enrol(first, woman, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
        data.enrol(second, woman, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
        data.enrol(first, man, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
        data.enrol(second, absent, EnrolmentRole.PARTICIPANT, AttendanceStatus.NO_SHOW);

        Figures after = reach.reach(thisYear).total();
        assertThat(after)
                .isEqualTo(new Figures(
                        before.women() + 1,
                        before.men() + 1,
                        before.other(),
                        before.undisclosed(),
                        before.participations() + 3));
        ActivityFigures activitiesAfter = dashboardQueries.activityFigures(today);
        assertThat(activitiesAfter.activitiesThisQuarter()).isEqualTo(activitiesBefore.activitiesThisQuarter() + 2);
        assertThat(activitiesAfter.months().get(11).planned())
                .isEqualTo(activitiesBefore.months().get(11).planned() + 2);

        Document page = dashboard(users.staff());
        assertThat(page.select(".headlines .stat").eachText())
                .containsExactly(
                        String.format("%,d", activitiesAfter.ongoingProjects()),
                        String.format("%,d", activitiesAfter.activitiesThisQuarter()),
                        String.format("%,d", after.people()),
                        oneDecimalPercent(after.shareOfWomen()));
        assertThat(page.select(".headlines .stat-label").get(2).text())
                .isEqualTo("Participants reached in " + today.getYear());
    }

    @Test
    void everyChartHasItsNumbersInATableBesideIt() throws Exception {
        LocalDate today = LocalDate.now(clock);
        Project project = data.project("D-" + TestData.unique(), today.minusYears(1), today.plusYears(1));
        Activity activity = data.activity(project, ActivityType.TRAINING, today, today);
        data.enrol(
                activity,
                data.participant(
                        "Vanna", Gender.FEMALE, "KH", org.mekonginstitute.portal.organisation.OrganisationType.NGO),
                EnrolmentRole.PARTICIPANT,
                AttendanceStatus.ATTENDED);

        Document page = dashboard(users.manager());

        assertThat(page.select("figure.chart")).hasSize(3).allSatisfy(figure -> {
            assertThat(figure.select("canvas")).hasSize(1);
            assertThat(figure.select("details.chart-numbers summary").text()).isEqualTo("Show the numbers");
            assertThat(figure.select("thead th[data-colour]")).isNotEmpty();
            assertThat(figure.select("tbody td[data-value]"))
                    .allSatisfy(cell -> assertThat(cell.attr("data-value")).matches("[0-9]+"));
        });
        Element months = page.selectFirst("figure[aria-labelledby=months-title] table");
        assertThat(months.select("tbody th").eachText())
                .hasSize(12)
                .startsWith(dates.month(YearMonth.from(today).minusMonths(11)))
                .endsWith(dates.month(YearMonth.from(today)));
        Reach thisYear = reach.reach(
                ReachFilter.between(LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31)));
        Element countries = page.selectFirst("figure[aria-labelledby=countries-title] table");
        assertThat(countries.select("tbody tr:not(.total) th").eachText())
                .isEqualTo(thisYear.byCountry().stream().map(Reach.Row::label).toList());
        assertThat(countries.select("tr.total td").last().text())
                .isEqualTo(String.format("%,d", thisYear.total().people()));
        assertThat(page.select("script[src*=chart.umd]")).hasSize(1);
        assertThat(page.select("script[src*=dashboard]")).hasSize(1);
    }

    /**
     * A share as the dashboard writes it (Thymeleaf's {@code #numbers.formatPercent(share, 1, 1)}): a share of exactly
     * 0.5625 reads 56.2 %, rounded to the even digit, where {@code String.format} would write 56.3 %.
     */
    private static String oneDecimalPercent(BigDecimal share) {
        NumberFormat percent = NumberFormat.getPercentInstance(Locale.ENGLISH);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        return percent.format(share);
    }
}
