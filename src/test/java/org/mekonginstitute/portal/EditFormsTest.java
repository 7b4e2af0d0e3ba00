package org.mekonginstitute.portal;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.organisation.ContactDetails;
import org.mekonginstitute.portal.organisation.ContactPerson;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.ActionPlan;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.ComponentOutline;
import org.mekonginstitute.portal.project.Funding;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectComponent;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.reporting.indicator.Indicator;
import org.mekonginstitute.portal.reporting.indicator.IndicatorDefinition;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;

/** An edit form opens with the record as it is stored, so saving it unchanged changes nothing. */
@PortalTest
class EditFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    OrganisationService organisations;

    @Autowired
    IndicatorService indicators;

    @Test
    void aProjectsFormsShowItsOverviewFundingAndComponents() throws Exception {
        Project project = data.project();
        data.fund(project, data.donor(), "250000.5000", "USD");
        Funding funding = projects.details(project.getId()).funding().get(0);
        ProjectComponent component = projects.addComponent(
                project.getId(), new ComponentOutline(2, "Trade facilitation", "Faster borders", 0));
        String projectUrl = "/projects/" + project.getId();

        mvc.perform(get(projectUrl + "/edit").with(users.staff()))
                .andExpect(model().attribute(
                                "form",
                                allOf(
                                        hasProperty("code", is(project.getCode())),
                                        hasProperty("title", is(project.getTitle())),
                                        hasProperty(
                                                "departmentId",
                                                is(project.getDepartment().getId())),
                                        hasProperty("startDate", is(LocalDate.of(2024, 1, 1))),
                                        hasProperty("countries", contains("TH", "LA")),
                                        hasProperty("managerId", nullValue()),
                                        hasProperty("sectorCode", is(project.getSectorCode())),
                                        hasProperty("version", is(project.getVersion())))));
        mvc.perform(get(projectUrl + "/funding/" + funding.getId() + "/edit").with(users.staff()))
                .andExpect(model().attribute(
                                "fundingForm",
                                allOf(
                                        hasProperty(
                                                "donorId", is(funding.getDonor().getId())),
                                        hasProperty("amount", is(new BigDecimal("250000.5"))),
                                        hasProperty("currency", is("USD")),
                                        hasProperty("version", is(funding.getVersion())))));
        Indicator indicator = indicators.create(
                project.getId(),
                new IndicatorDefinition(
                        "Officials trained", IndicatorSource.MANUAL, "people", BigDecimal.TEN, new BigDecimal("120")));
        mvc.perform(get(projectUrl + "/indicators/" + indicator.getId() + "/edit")
                        .with(users.staff()))
                .andExpect(model().attribute(
                                "form",
                                allOf(
                                        hasProperty("name", is("Officials trained")),
                                        hasProperty("source", is(IndicatorSource.MANUAL)),
                                        hasProperty("unit", is("people")),
                                        hasProperty("baseline", comparesEqualTo(BigDecimal.TEN)),
                                        hasProperty("target", comparesEqualTo(new BigDecimal("120"))))));
        mvc.perform(get(projectUrl + "/components/" + component.getId() + "/edit")
                        .with(users.staff()))
                .andExpect(model().attribute(
                                "componentForm",
                                allOf(
                                        hasProperty("number", is(2)),
                                        hasProperty("title", is("Trade facilitation")),
                                        hasProperty("objective", is("Faster borders")))));
    }

    @Test
    void aProjectsPartOpenedUnderAnotherProjectIsNotFound() throws Exception {
        Project project = data.project();
        data.fund(project, data.donor(), "1000", "USD");
        long fundingId = projects.details(project.getId()).funding().get(0).getId();
        long componentId = projects.addComponent(project.getId(), new ComponentOutline(1, "Component", null, 0))
                .getId();
        long indicatorId = indicators
                .create(
                        project.getId(),
                        new IndicatorDefinition(
                                "Officials trained", IndicatorSource.MANUAL, "people", null, BigDecimal.ONE))
                .getId();
        String elsewhere = "/projects/" + data.project().getId();

        mvc.perform(get(elsewhere + "/funding/" + fundingId + "/edit").with(users.staff()))
                .andExpect(status().isNotFound());
        mvc.perform(get(elsewhere + "/components/" + componentId + "/edit").with(users.staff()))
                .andExpect(status().isNotFound());
        mvc.perform(get(elsewhere + "/indicators/" + indicatorId + "/edit").with(users.staff()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anOrganisationsFormsShowItsProfileAndContacts() throws Exception {
        Organisation organisation =
                data.organisation("Mekong Trade Council " + TestData.unique(), OrganisationType.NGO);
        ContactPerson contact = organisations.addContact(
                organisation.getId(), new ContactDetails("Somchai", "Director", "somchai@example.org", "+66 2 123", 0));
        String organisationUrl = "/organisations/" + organisation.getId();

        mvc.perform(get(organisationUrl + "/edit").with(users.admin()))
                .andExpect(model().attribute(
                                "form",
                                allOf(
                                        hasProperty("name", is(organisation.getName())),
                                        hasProperty("type", is(OrganisationType.NGO)),
                                        hasProperty("country", is("TH")),
                                        hasProperty("version", is(organisation.getVersion())))));
        mvc.perform(get(organisationUrl + "/contacts/" + contact.getId() + "/edit")
                        .with(users.admin()))
                .andExpect(model().attribute(
                                "contactForm",
                                allOf(
                                        hasProperty("name", is("Somchai")),
                                        hasProperty("position", is("Director")),
                                        hasProperty("email", is("somchai@example.org")),
                                        hasProperty("phone", is("+66 2 123")))));
    }

    @Test
    void anActivitysFormsShowItsPlanAttendanceAndActionPlans() throws Exception {
        Activity activity = data.activity(data.project(), form -> {
            form.setPlannedFrom(YearMonth.of(2024, 2));
            form.setPlannedTo(YearMonth.of(2024, 3));
            form.setStartDate(LocalDate.of(2024, 3, 4));
            form.setEndDate(LocalDate.of(2024, 3, 6));
            form.setStartTime(LocalTime.of(9, 0));
            form.setEndTime(LocalTime.of(16, 30));
        });
        Participant person = data.participant("Malee", "Sombat", Gender.FEMALE, "LA");
        data.enrol(
                activity,
                person,
                org.mekonginstitute.portal.participant.EnrolmentRole.PARTICIPANT,
                org.mekonginstitute.portal.participant.AttendanceStatus.ATTENDED,
                "60.50",
                null);
        ActionPlan plan = data.actionPlan(activity, person, ActionPlanStatus.IN_PROGRESS);
        String activityUrl = "/activities/" + activity.getId();

        mvc.perform(get(activityUrl + "/edit").with(users.staff()))
                .andExpect(model().attribute(
                                "form",
                                allOf(
                                        hasProperty("title", is(activity.getTitle())),
                                        hasProperty("city", is("Khon Kaen")),
                                        hasProperty("country", is("TH")),
                                        hasProperty("startDate", is(LocalDate.of(2024, 3, 4))),
                                        hasProperty("endDate", is(LocalDate.of(2024, 3, 6))),
                                        hasProperty("hostOrganisationId", nullValue()),
                                        hasProperty("version", is(activity.getVersion())))))
                .andExpect(content().string(containsString("value=\"2024-02\"")))
                .andExpect(content().string(containsString("value=\"2024-03-04\"")))
                .andExpect(content().string(containsString("value=\"09:00\"")))
                .andExpect(content().string(containsString("value=\"16:30\"")));
        mvc.perform(get(activityUrl + "/attendance").with(users.staff()))
                .andExpect(content().string(containsString(person.fullName())))
                .andExpect(content().string(containsString("value=\"60.5\"")));
        mvc.perform(get("/action-plans/" + plan.getId() + "/edit").with(users.staff()))
                .andExpect(model().attribute(
                                "form",
                                allOf(
                                        hasProperty("title", is(plan.getTitle())),
                                        hasProperty("country", is("LA")),
                                        hasProperty("status", is(ActionPlanStatus.IN_PROGRESS)),
                                        hasProperty("participantIds", contains(person.getId())))));
        mvc.perform(get("/participants/" + person.getId() + "/edit").with(users.staff()))
                .andExpect(model().attribute(
                                "form",
                                allOf(
                                        hasProperty("givenName", is("Malee")),
                                        hasProperty("familyName", is("Sombat")),
                                        hasProperty("gender", is(Gender.FEMALE)),
                                        hasProperty("email", is(person.getEmail())),
                                        hasProperty("version", is(person.getVersion())))));
    }
}
