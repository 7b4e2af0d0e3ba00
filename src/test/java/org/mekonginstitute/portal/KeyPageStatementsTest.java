package org.mekonginstitute.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The key pages of the benchmark (bench/README.md) run as many SQL statements with ten times more data behind
 * them: no query per row, no list that grows with the data. Each page is requested twice at each size: the first
 * request after a change (figures kept until the data changes are computed afresh) and the next one (kept
 * figures reused, as most requests are); both counts must not change with the data, and the second stays within
 * six statements a request. The dashboard and the reach report have theirs in ReportStatementsTest.
 */
@PortalTest
class KeyPageStatementsTest {

    /** How many rows the small data set puts behind a page; the larger one has ten times as many. */
    private static final int SMALL = 5;

    private static final int MOST_PER_REQUEST = 6;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    /** A page and how to put more rows behind it. */
    enum KeyPage {
        PROJECT_LIST {
            @Override
            String url(Scope scope) {
                return "/projects?q=" + scope.tag;
            }

            @Override
            void grow(Scope scope, TestData data, int count) {
                for (int i = 0; i < count; i++) {
                    Project project = data.project(
                            scope.tag + "-" + TestData.unique(), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
                    Organisation donor = data.donor();
                    data.fund(project, donor, "1000", "USD");
                    data.fund(project, donor, "2000", "EUR");
                    data.partner(
                            project,
                            data.organisation("Partner " + TestData.unique(), OrganisationType.NGO),
                            PartnershipRole.HOST);
                    data.partner(project, donor, PartnershipRole.TECHNICAL_PARTNER);
                }
            }
        },
        PROJECT_DETAIL {
            @Override
            String url(Scope scope) {
                return "/projects/" + scope.project.getId();
            }

            @Override
            void grow(Scope scope, TestData data, int count) {
                for (int i = 0; i < count; i++) {
                    data.fund(scope.project, data.donor(), "1500", i % 2 == 0 ? "USD" : "THB");
                    data.partner(
                            scope.project,
                            data.organisation("Partner " + TestData.unique(), OrganisationType.NGO),
                            PartnershipRole.HOST);
                    Activity activity = data.activity(scope.project, ActivityType.TRAINING, scope.day(i), scope.day(i));
                    data.enrol(
                            activity,
                            data.participant("Counted", Gender.FEMALE, "KH", null),
                            EnrolmentRole.PARTICIPANT,
                            AttendanceStatus.ATTENDED);
                }
            }
        },
        ACTIVITY_LIST {
            @Override
            String url(Scope scope) {
                return "/activities?project=" + scope.project.getCode();
            }

            @Override
            void grow(Scope scope, TestData data, int count) {
                for (int i = 0; i < count; i++) {
                    data.step(
                            data.activity(scope.project, ActivityType.WORKSHOP, scope.day(i), scope.day(i)),
                            ReviewAction.SUBMIT);
                }
            }
        },
        ACTIVITY_DETAIL {
            @Override
            String url(Scope scope) {
                return "/activities/" + scope.activity.getId();
            }

            @Override
            void grow(Scope scope, TestData data, int count) {
                for (int i = 0; i < count; i++) {
                    data.step(scope.activity, ReviewAction.SUBMIT, ReviewAction.RETURN);
                    ACTIVITY_PARTICIPANTS.grow(scope, data, 1);
                }
            }
        },
        ACTIVITY_PARTICIPANTS {
            @Override
            String url(Scope scope) {
                return "/activities/" + scope.activity.getId() + "/participants";
            }

            @Override
            void grow(Scope scope, TestData data, int count) {
                for (int i = 0; i < count; i++) {
                    data.enrol(
                            scope.activity,
                            data.participant("Enrolled", i % 2 == 0 ? Gender.MALE : Gender.FEMALE, "VN", null),
                            EnrolmentRole.PARTICIPANT,
                            AttendanceStatus.ATTENDED);
                }
            }
        },
        CALENDAR_JSON {
            @Override
            String url(Scope scope) {
                return "/calendar/events?start=2031-02-23&end=2031-04-06&project=" + scope.project.getCode();
            }

            @Override
            void grow(Scope scope, TestData data, int count) {
                for (int i = 0; i < count; i++) {
                    if (i % 4 == 3) {
                        data.step(
                                data.plannedActivity(scope.project, YearMonth.of(2031, 3), YearMonth.of(2031, 4)),
                                ReviewAction.SUBMIT);
                    } else {
                        LocalDate start = LocalDate.of(2031, 3, 1 + i % 28);
                        data.step(
                                data.activity(scope.project, start, start.plusDays(i % 3)),
                                ReviewAction.SUBMIT,
                                ReviewAction.APPROVE);
                    }
                }
            }
        },
        PARTICIPANT_SEARCH {
            @Override
            String url(Scope scope) {
                return "/participants?q=" + scope.tag;
            }

            @Override
            void grow(Scope scope, TestData data, int count) {
                for (int i = 0; i < count; i++) {
                    data.participant(
                            scope.tag + " Person",
                            i % 2 == 0 ? Gender.FEMALE : Gender.MALE,
                            i % 3 == 0 ? "TH" : "LA",
                            OrganisationType.GOVERNMENT_AGENCY);
                }
            }
        };

        abstract String url(Scope scope);

        abstract void grow(Scope scope, TestData data, int count);
    }

    /** What one page's rows hang from: a tag in codes and names, a project, and an activity of that project. */
    record Scope(String tag, Project project, Activity activity) {
        LocalDate day(int i) {
            return LocalDate.of(2031, 3, 1).plusDays(i % 300);
        }
    }

    @ParameterizedTest
    @EnumSource(KeyPage.class)
    void aKeyPageRunsTheSameStatementsWithTenTimesTheData(KeyPage page) throws Exception {
        String tag = "KP" + TestData.unique();
        Project project = data.project(tag, LocalDate.of(2030, 1, 1), LocalDate.of(2032, 12, 31));
        Scope scope =
                new Scope(tag, project, data.activity(project, LocalDate.of(2031, 3, 2), LocalDate.of(2031, 3, 3)));

        page.grow(scope, data, SMALL);
        Measured small = measure(page.url(scope));
        page.grow(scope, data, SMALL * 10 - SMALL);
        Measured larger = measure(page.url(scope));

        assertThat(larger.length).as("the page shows the added rows").isGreaterThan(small.length);

        assertThat(larger.statements)
                .as("statements of the first request after a change, then of the next one")
                .containsExactly(small.statements);
        assertThat(larger.statements[1])
                .as("statements of a request with the kept figures")
                .isLessThanOrEqualTo(MOST_PER_REQUEST);
    }

    /** The statements of two requests in a row, and how long the page was. */
    record Measured(long[] statements, int length) {}

    private Measured measure(String url) throws Exception {
        var staff = users.staff();
        long[] counts = new long[2];
        int length = 0;
        for (int i = 0; i < counts.length; i++) {
            SqlStatements.reset();
            length = mvc.perform(get(url).with(staff))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString()
                    .length();
            counts[i] = SqlStatements.count();
        }
        return new Measured(counts, length);
    }
}
