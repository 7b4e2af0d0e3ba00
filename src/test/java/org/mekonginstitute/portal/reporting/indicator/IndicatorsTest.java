package org.mekonginstitute.portal.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Indicators: computed ones checked against figures worked out by hand, manual ones with dated values. */
@PortalTest
class IndicatorsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    IndicatorService indicators;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The fixture, by hand. Activities: two completed, one still a draft, one cancelled: 2 of 3 not cancelled are
     * completed = 66.7%. Trained (attended, as participant): Ana (F, TH) in two activities, counted once; Binh (M, VN);
     * Eve (F, MM), later anonymised = 3 people, 2 women = 66.7%, 3 countries. Not trained: Chan withdrew, Dara was a
     * no-show (so Lao PDR is not reached), Farid was a resource person. Test gain over attended enrolments with both
     * scores: Ana +30 and +10, Binh +20 (Eve has no post-test) = 20.0 points. Action plans: one completed of three.
     */
    @Test
    void computedIndicatorsMatchAHandComputedFixture() throws Exception {
        Fixture f = new Fixture();
        Map<IndicatorSource, String> actual = indicators.progress(f.project.getId()).stream()
                .collect(Collectors.toMap(p -> p.indicator().getSource(), IndicatorProgress::actualText));

        assertThat(actual)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        IndicatorSource.PARTICIPANTS_TRAINED, "3 people",
                        IndicatorSource.WOMEN_SHARE, "66.7%",
                        IndicatorSource.COUNTRIES_REACHED, "3 countries",
                        IndicatorSource.AVERAGE_TEST_GAIN, "20 points",
                        IndicatorSource.ACTION_PLANS_COMPLETED, "1 action plans",
                        IndicatorSource.ACTIVITIES_COMPLETED, "66.7%"));
        IndicatorProgress trained = progressOf(f.project, IndicatorSource.PARTICIPANTS_TRAINED);
        assertThat(trained.percent()).isEqualTo(30); // baseline 0, target 10, actual 3
        assertThat(progressOf(f.project, IndicatorSource.ACTIVITIES_COMPLETED).detail())
                .isEqualTo("2 of 3 activities");
        assertThat(progressOf(f.project, IndicatorSource.WOMEN_SHARE).detail())
                .isEqualTo("2 of 3 participants trained");
    }

    @Test
    void theIndicatorsTabShowsTargetActualAndProgressInWords() throws Exception {
        Fixture f = new Fixture();
        mvc.perform(get("/projects/" + f.project.getId() + "/indicators").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Participants trained")))
                .andExpect(content().string(containsString("3 people")))
                .andExpect(content().string(containsString("30% of target")))
                .andExpect(content().string(containsString("aria-valuetext=\"30% of target\"")))
                .andExpect(content().string(containsString("2 of 3 activities")));
    }

    @Test
    void allComputedIndicatorsOfAProjectAreReadInAFixedNumberOfStatements() throws Exception {
        Fixture f = new Fixture();
        indicators.progress(f.project.getId());
        SqlStatements.reset();
        indicators.progress(f.project.getId());
        // the indicators with their values; the ratings of the evaluations (named, then anonymous); then every
        // other computed figure at once, however many activities and people the project has
        assertThat(SqlStatements.count()).isEqualTo(4);
    }

    @Test
    void aManualIndicatorShowsItsLatestReportedValueAgainstItsTarget() throws Exception {
        Project project = data.project();
        long id = manual(project, "Policies drafted by alumni", "policies", "2", "10");
        recordValue(project, id, "2024-06-30", "4", "Mid-term survey")
                .andExpect(redirectedUrl(indicatorsOf(project) + "#indicator-" + id));
        recordValue(project, id, "2025-03-31", "8", "Annual report").andExpect(status().is3xxRedirection());
        recordValue(project, id, "2024-12-31", "6", null).andExpect(status().is3xxRedirection());

        IndicatorProgress progress = indicators.progress(project.getId()).get(0);
        assertThat(progress.actualText()).isEqualTo("8 policies");
        assertThat(progress.asOf()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(progress.percent()).isEqualTo(75); // (8 - 2) / (10 - 2)
        mvc.perform(get(indicatorsOf(project)).with(users.staff()))
                .andExpect(content().string(containsString("75% of target")))
                .andExpect(content().string(containsString("reported 31 Mar 2025")))
                .andExpect(content().string(containsString("Mid-term survey")));

        long valueId = jdbc.queryForObject(
                "select id from indicator_value where indicator_id = ? and value = 8", Long.class, id);
        mvc.perform(post(indicatorsOf(project) + "/" + id + "/values/" + valueId + "/delete")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(indicators.progress(project.getId()).get(0).actualText()).isEqualTo("6 policies");
    }

    @Test
    void aTargetBelowTheBaselineCountsProgressDownwards() {
        Project project = data.project();
        Indicator indicator = indicators.create(
                project.getId(), definition("Days to issue a work permit", IndicatorSource.MANUAL, "days", "60", "30"));
        indicators.addValue(
                project.getId(),
                indicator.getId(),
                new ReportedValue(LocalDate.of(2025, 1, 15), new BigDecimal("45"), null));
        assertThat(indicators.progress(project.getId()).get(0).percent()).isEqualTo(50);
    }

    @Test
    void badIndicatorInputIsRefusedBesideTheFieldAndWhatWasTypedIsKept() throws Exception {
        Project project = data.project();
        mvc.perform(post(indicatorsOf(project))
                        .with(users.staff())
                        .with(csrf())
                        .param("name", "")
                        .param("source", "MANUAL")
                        .param("unit", "")
                        .param("baseline", "ten")
                        .param("target", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "name", "baseline", "target"))
                .andExpect(content().string(containsString("Enter the indicator")))
                .andExpect(content().string(containsString("value=\"ten\"")));
        mvc.perform(post(indicatorsOf(project))
                        .with(users.staff())
                        .with(csrf())
                        .param("name", "Women trained <b>share</b>")
                        .param("source", "WOMEN_SHARE")
                        .param("target", "150"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "target"))
                .andExpect(content().string(containsString("A percentage lies between 0 and 100.")))
                .andExpect(content().string(containsString("Women trained &lt;b&gt;share&lt;/b&gt;")))
                .andExpect(content().string(not(containsString("<b>share</b>"))));
        mvc.perform(post(indicatorsOf(project))
                        .with(users.staff())
                        .with(csrf())
                        .param("name", "Unknown")
                        .param("source", "NOT_A_SOURCE")
                        .param("target", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "source"));
        manual(project, "Officials trained", "officials", null, "100");
        mvc.perform(post(indicatorsOf(project))
                        .with(users.staff())
                        .with(csrf())
                        .param("name", " officials TRAINED ")
                        .param("source", "MANUAL")
                        .param("unit", "people")
                        .param("target", "5"))
                .andExpect(model().attributeHasFieldErrors("form", "name"))
                .andExpect(content().string(containsString("already has an indicator called")));
        assertThat(indicators.progress(project.getId())).hasSize(1);
    }

    @Test
    void aValueInTheFutureTwiceForOneDateOrForAComputedIndicatorIsRefused() throws Exception {
        Project project = data.project();
        long id = manual(project, "Networks joined", "networks", "0", "3");
        recordValue(project, id, LocalDate.now().plusDays(2).toString(), "1", null)
                .andExpect(model().attributeHasFieldErrors("valueForm", "valueDate"))
                .andExpect(content().string(containsString("The date cannot be in the future.")));
        recordValue(project, id, "2025-01-01", "abc", "typed note")
                .andExpect(model().attributeHasFieldErrors("valueForm", "value"))
                .andExpect(content().string(containsString("value=\"typed note\"")));
        recordValue(project, id, "2025-01-01", "1", null).andExpect(status().is3xxRedirection());
        recordValue(project, id, "2025-01-01", "2", null)
                .andExpect(content().string(containsString("A value is already reported for this date")));

        Indicator computed = indicators.create(
                project.getId(), definition("People trained", IndicatorSource.PARTICIPANTS_TRAINED, null, null, "50"));
        recordValue(project, computed.getId(), "2025-01-01", "12", null)
                .andExpect(redirectedUrl(indicatorsOf(project)))
                .andExpect(flash().attribute("problem", containsString("values cannot be reported for it")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from indicator_value where indicator_id = ?", Integer.class, computed.getId()))
                .isZero();
    }

    @Test
    void theSecondOfTwoStaleIndicatorFormsIsRefusedWithWhoChangedIt() throws Exception {
        Project project = data.project();
        long id = manual(project, "Curricula adopted", "curricula", "0", "2");
        long openedAt = jdbc.queryForObject("select version from indicator where id = ?", Long.class, id);
        mvc.perform(edit(project, id, "Curricula adopted nationally", openedAt).with(users.manager()))
                .andExpect(redirectedUrl(indicatorsOf(project)));
        MvcResult refused = mvc.perform(edit(project, id, "Curricula adopted by ministries", openedAt)
                        .with(users.staff()))
                .andExpect(redirectedUrl(indicatorsOf(project) + "/" + id + "/edit"))
                .andReturn();
        mvc.perform(get(indicatorsOf(project) + "/" + id + "/edit")
                        .with(users.staff())
                        .session((MockHttpSession) refused.getRequest().getSession())
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Dara Keo changed this record at")))
                .andExpect(content().string(containsString("Curricula adopted by ministries")))
                .andExpect(content().string(containsString("value=\"Curricula adopted nationally\"")));
        assertThat(jdbc.queryForObject("select name from indicator where id = ?", String.class, id))
                .isEqualTo("Curricula adopted nationally");
    }

    @Test
    void indicatorsAndTheirValuesAreInTheAuditTrailAndGoWithTheirIndicator() throws Exception {
        Project project = data.project();
        long id = manual(project, "Joint studies published", "studies", null, "4");
        recordValue(project, id, "2025-02-01", "1", null).andExpect(status().is3xxRedirection());
        mvc.perform(post(indicatorsOf(project) + "/" + id + "/delete")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(redirectedUrl(indicatorsOf(project)));

        List<String> trail = jdbc.queryForList(
                "select table_name || ' ' || action from audit_event"
                        + " where (table_name = 'indicator' and record_id = ?) or (table_name = 'indicator_value' and parent_id = ?)"
                        + " order by id",
                String.class,
                id,
                id);
        assertThat(trail)
                .containsExactly(
                        "indicator INSERT", "indicator_value INSERT", "indicator_value DELETE", "indicator DELETE");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where table_name = 'indicator' and parent_table = 'project'"
                                + " and parent_id = ?",
                        Integer.class,
                        project.getId()))
                .isEqualTo(2);
        mvc.perform(get("/history/project/" + project.getId()).with(users.staff()))
                .andExpect(content().string(containsString("Joint studies published")));
    }

    private class Fixture {
        final Project project = data.project();

        Fixture() throws Exception {
            Activity first = data.activity(project, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8));
            Activity second = data.activity(project, LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7));
            Activity planned = data.activity(project, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2));
            Activity cancelled = data.activity(project, LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 2));
            Participant ana = data.participant("Ana", "Person" + TestData.unique(), Gender.FEMALE, "TH");
            Participant binh = data.participant("Binh", "Person" + TestData.unique(), Gender.MALE, "VN");
            Participant chan = data.participant("Chan", "Person" + TestData.unique(), Gender.FEMALE, "KH");
            Participant dara = data.participant("Dara", "Person" + TestData.unique(), Gender.MALE, "LA");
            Participant eve = data.participant("Eve", "Person" + TestData.unique(), Gender.FEMALE, "MM");
            Participant farid = data.participant("Farid", "Person" + TestData.unique(), Gender.MALE, "TH");
            data.enrol(first, ana, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, "40", "70");
            data.enrol(second, ana, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, "50", "60");
            data.enrol(first, binh, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, "30", "50");
            data.enrol(first, chan, EnrolmentRole.PARTICIPANT, AttendanceStatus.WITHDRAWN, "20", "90");
            data.enrol(second, dara, EnrolmentRole.PARTICIPANT, AttendanceStatus.NO_SHOW, null, null);
            data.enrol(second, eve, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, "45", null);
            data.enrol(first, farid, EnrolmentRole.RESOURCE_PERSON, AttendanceStatus.ATTENDED, "10", "90");
            data.enrol(planned, binh, EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED, null, null);
            data.actionPlan(first, ana, ActionPlanStatus.COMPLETED);
            data.actionPlan(first, binh, ActionPlanStatus.IN_PROGRESS);
            data.actionPlan(second, eve, ActionPlanStatus.DROPPED);
            data.step(first, ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.COMPLETE);
            data.step(second, ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.COMPLETE);
            data.step(cancelled, ReviewAction.CANCEL);
            mvc.perform(post("/participants/" + eve.getId() + "/anonymise")
                            .with(users.admin())
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection());
            indicators.create(
                    project.getId(),
                    definition("Participants trained", IndicatorSource.PARTICIPANTS_TRAINED, null, "0", "10"));
            indicators.create(
                    project.getId(),
                    definition("Women among those trained", IndicatorSource.WOMEN_SHARE, null, null, "50"));
            indicators.create(
                    project.getId(),
                    definition("Countries reached", IndicatorSource.COUNTRIES_REACHED, null, null, "6"));
            indicators.create(
                    project.getId(),
                    definition("Knowledge gained", IndicatorSource.AVERAGE_TEST_GAIN, null, null, "15"));
            indicators.create(
                    project.getId(),
                    definition("Action plans completed", IndicatorSource.ACTION_PLANS_COMPLETED, null, null, "3"));
            indicators.create(
                    project.getId(),
                    definition("Activities held as planned", IndicatorSource.ACTIVITIES_COMPLETED, null, null, "100"));
        }
    }

    private IndicatorProgress progressOf(Project project, IndicatorSource source) {
        return indicators.progress(project.getId()).stream()
                .filter(p -> p.indicator().getSource() == source)
                .findFirst()
                .orElseThrow();
    }

    private static IndicatorDefinition definition(
            String name, IndicatorSource source, String unit, String baseline, String target) {
        return new IndicatorDefinition(
                name, source, unit, baseline == null ? null : new BigDecimal(baseline), new BigDecimal(target));
    }

    private long manual(Project project, String name, String unit, String baseline, String target) {
        return indicators
                .create(project.getId(), definition(name, IndicatorSource.MANUAL, unit, baseline, target))
                .getId();
    }

    private static String indicatorsOf(Project project) {
        return "/projects/" + project.getId() + "/indicators";
    }

    private org.springframework.test.web.servlet.ResultActions recordValue(
            Project project, long indicatorId, String date, String value, String note) throws Exception {
        var request = post(indicatorsOf(project) + "/" + indicatorId + "/values")
                .with(users.staff())
                .with(csrf())
                .param("valueDate", date)
                .param("value", value);
        if (note != null) {
            request.param("note", note);
        }
        return mvc.perform(request);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(
            Project project, long id, String name, long version) {
        return post(indicatorsOf(project) + "/" + id)
                .with(csrf())
                .param("name", name)
                .param("source", "MANUAL")
                .param("unit", "curricula")
                .param("target", "2")
                .param("version", String.valueOf(version));
    }
}
