package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.List;

/**
 * An action plan's team on an activity of more people than its form lists: the form then lists only the chosen
 * members and finds the others by name, as it does not send thousands of names with every page.
 */
@PortalTest
class ActionPlanTeamTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ActionPlanService plans;

    Activity webinar;
    String family;
    List<Participant> people;

    @BeforeEach
    void aWebinarTooLargeToList() {
        webinar = data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        family = "Crowd" + TestData.unique();
        people = data.crowd(webinar, EnrolmentRows.LISTED_IN_FULL + 1, "Viewer", family);
    }

    @Test
    void theFormFindsTheActivitysPeopleByNameInsteadOfListingThem() throws Exception {
        String page = read(get("/activities/" + webinar.getId() + "/action-plans"));
        assertThat(page)
                .contains("id=\"team-search\"", "/activities/" + webinar.getId() + "/action-plans/people")
                .doesNotContain(
                        people.get(0).fullName(),
                        people.get(EnrolmentRows.LISTED_IN_FULL).fullName());

        String found = read(people(family + " 007"));
        assertThat(found)
                .contains(people.get(7).fullName(), "value=\"" + people.get(7).getId() + "\"")
                .doesNotContain(people.get(8).fullName());
        assertThat(read(people(family)))
                .contains(
                        people.get(0).fullName(),
                        people.get(EnrolmentRows.FOUND - 1).fullName())
                .doesNotContain(people.get(EnrolmentRows.FOUND).fullName());
        assertThat(read(people("007  VIÊWER"))).contains(people.get(7).fullName());
        assertThat(read(people("x"))).contains("Type at least two letters.");
        assertThat(read(people("%%"))).contains("Nobody in this activity has that name.");
        assertThat(read(people("Nobody" + TestData.unique()))).contains("Nobody in this activity has that name.");
        assertThat(read(people(family + "\u0000"))).doesNotContain(people.get(0).fullName());
    }

    @Test
    void aRefusedTeamKeepsItsChosenMembersAndThenSaves() throws Exception {
        Participant first = people.get(3);
        Participant second = people.get(EnrolmentRows.LISTED_IN_FULL);
        String refused = read(plan("").param(
                        "participantIds",
                        first.getId().toString(),
                        second.getId().toString()));
        assertThat(refused)
                .contains(
                        "Enter the action plan",
                        first.fullName(),
                        second.fullName(),
                        "value=\"" + second.getId() + "\" id=\"member-" + second.getId() + "\"")
                .doesNotContain(people.get(4).fullName());

        mvc.perform(plan("Provincial webinars")
                        .with(users.staff())
                        .param(
                                "participantIds",
                                first.getId().toString(),
                                second.getId().toString()))
                .andExpect(redirectedUrlPattern("/action-plans/*"));
        ActionPlan saved = plans.ofActivity(webinar.getId()).get(0);
        assertThat(saved.getMembers())
                .extracting(Participant::getId)
                .containsExactlyInAnyOrder(first.getId(), second.getId());

        assertThat(read(get("/action-plans/" + saved.getId() + "/edit")))
                .contains(first.fullName(), second.fullName(), "id=\"team-search\"")
                .doesNotContain(people.get(4).fullName());
    }

    @Test
    void aTeamOfSomeoneOutsideTheActivityIsRefused() throws Exception {
        Participant outsider = data.participant("Out", "Sider" + TestData.unique(), Gender.MALE, "VN");
        mvc.perform(plan("Outside")
                        .with(users.staff())
                        .param("participantIds", outsider.getId().toString()))
                .andExpect(model().attributeHasFieldErrors("form", "participantIds"));
    }

    @Test
    void anActivityOfAFewListsItsPeopleToChooseFrom() throws Exception {
        Activity workshop = data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        List<Participant> few = data.crowd(workshop, 3, "Trainee", "Few" + TestData.unique());
        assertThat(read(get("/activities/" + workshop.getId() + "/action-plans")))
                .contains("<option value=\"" + few.get(2).getId() + "\">"
                        + few.get(2).fullName() + " (Viet Nam)")
                .doesNotContain("id=\"team-search\"");
    }

    private MockHttpServletRequestBuilder people(String q) {
        return get("/activities/" + webinar.getId() + "/action-plans/people").param("q", q);
    }

    private MockHttpServletRequestBuilder plan(String title) {
        return post("/activities/" + webinar.getId() + "/action-plans")
                .with(csrf())
                .param("title", title)
                .param("status", "NOT_STARTED");
    }

    private String read(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
