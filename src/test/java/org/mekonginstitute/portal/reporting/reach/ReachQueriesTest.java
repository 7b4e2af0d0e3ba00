package org.mekonginstitute.portal.reporting.reach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.reporting.reach.Reach.Figures;
import org.mekonginstitute.portal.reporting.reach.Reach.Row;
import org.mekonginstitute.portal.reporting.reach.Reach.TypeRow;
import org.mekonginstitute.portal.reporting.reach.Reach.YearRow;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

/** Reach figures of the hand-computed fixture (see ReachFixture for who did what). */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReachQueriesTest {

    @Autowired
    ReachQueries reach;

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    ReachFixture fixture;

    @BeforeAll
    void buildFixture() throws Exception {
        fixture = new ReachFixture(data, mvc, users);
    }

    @Test
    void aPersonAttendingThreeActivitiesCountsOnceInPeopleAndThreeTimesInParticipations() {
        Reach project = reach.reach(fixture.filter());
        // Anna, Bounmy, Chanthy, Fah (women: Anna, Chanthy, Fah), Ei (other); participations 3 + 1 + 1 + 1 + 1.
        assertThat(project.total()).isEqualTo(new Figures(3, 1, 1, 0, 7));
        assertThat(project.total().people()).isEqualTo(5);
        assertThat(project.total().shareOfWomen()).isEqualByComparingTo("0.6");
        assertThat(project.activities()).isEqualTo(4);
    }

    @Test
    void eachYearCountsItsOwnPeopleSoTheYearsAddUpToMoreThanTheTotal() {
        List<YearRow> years = reach.reach(fixture.filter()).byYear();
        assertThat(years)
                .containsExactly(
                        new YearRow(
                                2024,
                                new Figures(2, 1, 0, 0, 4),
                                List.of(
                                        new Row("KH", "Cambodia", new Figures(1, 0, 0, 0, 1)),
                                        new Row("LA", "Lao PDR", new Figures(0, 1, 0, 0, 1)),
                                        new Row("TH", "Thailand", new Figures(1, 0, 0, 0, 2)))),
                        // the planned visit has no dates: it counts in the year of its planned window
                        new YearRow(
                                2025,
                                new Figures(2, 0, 1, 0, 3),
                                List.of(
                                        new Row("MM", "Myanmar", new Figures(0, 0, 1, 0, 1)),
                                        new Row("TH", "Thailand", new Figures(2, 0, 0, 0, 2)))));
        assertThat(years.get(0).figures().people() + years.get(1).figures().people())
                .isEqualTo(6);
    }

    @Test
    void countriesOverAllYearsAddUpToTheTotal() {
        assertThat(reach.reach(fixture.filter()).byCountry())
                .containsExactly(
                        new Row("KH", "Cambodia", new Figures(1, 0, 0, 0, 1)),
                        new Row("LA", "Lao PDR", new Figures(0, 1, 0, 0, 1)),
                        new Row("MM", "Myanmar", new Figures(0, 0, 1, 0, 1)),
                        new Row("TH", "Thailand", new Figures(2, 0, 0, 0, 4)));
    }

    @Test
    void organisationTypesListTheUnrecordedLast() {
        assertThat(reach.reach(fixture.filter()).byOrganisationType())
                .containsExactly(
                        new Row("GOVERNMENT_AGENCY", "Government agency", new Figures(2, 0, 0, 0, 4)),
                        new Row("NGO", "NGO", new Figures(0, 1, 1, 0, 2)),
                        new Row("", "Not recorded", new Figures(1, 0, 0, 0, 1)));
    }

    @Test
    void activityTypesCountTheirActivitiesAndEachPersonOncePerType() {
        assertThat(reach.reach(fixture.filter()).byActivityType())
                .containsExactly(
                        new TypeRow(
                                "STRUCTURED_LEARNING_VISIT",
                                "Structured learning visit",
                                1,
                                new Figures(1, 0, 0, 0, 1)),
                        new TypeRow("TRAINING", "Training", 2, new Figures(2, 0, 1, 0, 4)),
                        new TypeRow("WORKSHOP", "Workshop", 1, new Figures(1, 1, 0, 0, 2)));
    }

    @Test
    void theDateRangeKeepsActivitiesDatedWithinItBothDaysIncluded() {
        Reach from2025 = reach.reach(fixture.filter().withDates(LocalDate.of(2025, 2, 10), null));
        assertThat(from2025.total()).isEqualTo(new Figures(2, 0, 1, 0, 3));
        Reach upToTheWorkshop = reach.reach(fixture.filter().withDates(null, LocalDate.of(2024, 3, 5)));
        assertThat(upToTheWorkshop.total()).isEqualTo(new Figures(1, 1, 0, 0, 2));
        Reach june2025 = reach.reach(fixture.filter().withDates(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30)));
        assertThat(june2025.total()).isEqualTo(new Figures(1, 0, 0, 0, 1));
        assertThat(june2025.activities()).isEqualTo(1);
    }

    @Test
    void theDonorAndDepartmentFiltersSelectTheProjectsTheyFundOrRun() {
        Reach donor = reach.reach(new ReachFilter(null, null, fixture.donor.getId(), null, null));
        assertThat(donor.total()).isEqualTo(new Figures(3, 1, 1, 0, 7));
        long department = fixture.project.getDepartment().getId();
        assertThat(reach.reach(new ReachFilter(fixture.project.getId(), department, null, null, null))
                        .total())
                .isEqualTo(new Figures(3, 1, 1, 0, 7));
        long otherDepartment =
                jdbc.queryForObject("select min(id) from department where id <> ?", Long.class, department);
        Reach none = reach.reach(new ReachFilter(fixture.project.getId(), otherDepartment, null, null, null));
        assertThat(none.isEmpty()).isTrue();
        assertThat(none.total()).isEqualTo(Figures.NONE);
        assertThat(none.total().shareOfWomen()).isNull();
        assertThat(none.byYear()).isEmpty();
    }

    @Test
    void aChangeToAnEnrolmentShowsAtOnceDespiteTheKeptFigures() {
        var project = data.project();
        var activity = data.activity(
                project,
                org.mekonginstitute.portal.activity.ActivityType.WEBINAR,
                LocalDate.of(2024, 5, 6),
                LocalDate.of(2024, 5, 6));
        var person = data.participant("Kham", Gender.MALE, "LA", null);
        ReachFilter filter = ReachFilter.ofProject(project.getId());
        assertThat(reach.reach(filter).total()).isEqualTo(Figures.NONE);
        assertThat(reach.reach(filter).total()).isEqualTo(Figures.NONE);

        data.enrol(activity, person, EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        assertThat(reach.reach(filter).total()).isEqualTo(Figures.NONE);
        jdbc.update("update enrolment set status = 'ATTENDED' where activity_id = ?", activity.getId());
        assertThat(reach.reach(filter).total()).isEqualTo(new Figures(0, 1, 0, 0, 1));
        jdbc.update("update participant set gender = 'FEMALE' where id = ?", person.getId());
        assertThat(reach.reach(filter).total()).isEqualTo(new Figures(1, 0, 0, 0, 1));
    }
}
