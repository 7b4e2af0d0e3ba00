package org.mekonginstitute.portal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mekonginstitute.portal.activity.ActivityStatus.APPROVED;
import static org.mekonginstitute.portal.activity.ActivityStatus.CANCELLED;
import static org.mekonginstitute.portal.activity.ActivityStatus.DRAFT;
import static org.mekonginstitute.portal.activity.ActivityStatus.RETURNED;
import static org.mekonginstitute.portal.activity.ActivityStatus.SUBMITTED;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

@PortalTest
class ReviewWorkflowTest {

    @Autowired
    ActivityService activities;

    @Autowired
    UserService users;

    @Autowired
    TestData data;

    @Autowired
    TestUsers testUsers;

    @Autowired
    MockMvc mvc;

    @Test
    void returningPostponingAndCancellingNeedAComment() {
        Activity activity = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)), ReviewAction.SUBMIT);
        assertThatThrownBy(() -> activities.transition(activity.getId(), ReviewAction.RETURN, "  ", as("MANAGER")))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("comment");
        assertThat(activities.get(activity.getId()).getStatus()).isEqualTo(SUBMITTED);
    }

    @Test
    void everyStepIsKeptWithWhoWhenAndTheComment() {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        activities.transition(activity.getId(), ReviewAction.SUBMIT, null, as("STAFF"));
        activities.transition(activity.getId(), ReviewAction.RETURN, "Add the venue", as("MANAGER"));
        activities.transition(activity.getId(), ReviewAction.SUBMIT, "Venue added", as("STAFF"));
        ActivityDetails details = activities.details(activity.getId(), as("MANAGER"));
        assertThat(details.history())
                .extracting(ActivityTransition::getToStatus)
                .containsExactly(SUBMITTED, RETURNED, SUBMITTED);
        assertThat(details.history())
                .extracting(ActivityTransition::getDecidedBy)
                .containsExactly(TestUsers.STAFF, TestUsers.MANAGER, TestUsers.STAFF);
        assertThat(details.history())
                .extracting(ActivityTransition::getComment)
                .containsExactly(null, "Add the venue", "Venue added");
        assertThat(details.history())
                .allSatisfy(t -> assertThat(t.getDecidedAt()).isNotNull());
    }

    @Test
    void aStaffMemberApprovingIsRefusedWithAClearMessage() throws Exception {
        Activity activity = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)), ReviewAction.SUBMIT);
        mvc.perform(post("/activities/" + activity.getId() + "/review")
                        .param("action", "APPROVE")
                        .with(testUsers.staff())
                        .with(csrf()))
                .andExpect(redirectedUrl("/activities/" + activity.getId()))
                .andExpect(flash().attribute("problem", "Only a manager can approve an activity."));
        assertThat(activities.get(activity.getId()).getStatus()).isEqualTo(SUBMITTED);
    }

    @Test
    void approvingADraftAndCompletingACancelledActivityAreRefused() throws Exception {
        Activity draft = data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        mvc.perform(post("/activities/" + draft.getId() + "/review")
                        .param("action", "APPROVE")
                        .with(testUsers.manager())
                        .with(csrf()))
                .andExpect(flash().attribute("problem", containsString("A draft activity cannot be approved")));
        Activity cancelled = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)), ReviewAction.CANCEL);
        mvc.perform(post("/activities/" + cancelled.getId() + "/review")
                        .param("action", "COMPLETE")
                        .with(testUsers.manager())
                        .with(csrf()))
                .andExpect(
                        flash().attribute(
                                        "problem",
                                        containsString(
                                                "A cancelled activity cannot be marked completed: only approved activities can.")));
        mvc.perform(post("/activities/" + cancelled.getId() + "/review")
                        .param("action", "NONSENSE")
                        .with(testUsers.manager())
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "That review step does not exist."));
        assertThat(activities.get(draft.getId()).getStatus()).isEqualTo(DRAFT);
        assertThat(activities.get(cancelled.getId()).getStatus()).isEqualTo(CANCELLED);
    }

    @Test
    void anActivityInTheFutureIsNeitherOfferedNorAllowedToBeMarkedCompleted() throws Exception {
        Activity later = data.step(
                data.activity(
                        data.project("FUT-" + TestData.unique(), LocalDate.of(2025, 1, 1), LocalDate.of(2040, 1, 1)),
                        LocalDate.of(2039, 3, 3),
                        LocalDate.of(2039, 3, 4)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
        mvc.perform(get("/activities/" + later.getId()).with(testUsers.staff()))
                .andExpect(content().string(containsString("value=\"POSTPONE\"")))
                .andExpect(content().string(not(containsString("value=\"COMPLETE\""))));
        assertThatThrownBy(() -> activities.transition(later.getId(), ReviewAction.COMPLETE, null, as("STAFF")))
                .isInstanceOf(TransitionRefused.class)
                .hasMessageContaining("once it has started; this one starts on 3 Mar 2039");
        assertThat(activities.get(later.getId()).getStatus()).isEqualTo(APPROVED);
    }

    @Test
    void refusalsReadAsPlainSentences() {
        Activity approved = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE);
        assertThatThrownBy(() -> activities.transition(approved.getId(), ReviewAction.SUBMIT, null, as("STAFF")))
                .hasMessage("An approved activity cannot be submitted: only draft or returned activities can.");
        assertThatThrownBy(() -> activities.transition(approved.getId(), ReviewAction.CANCEL, "No budget", as("STAFF")))
                .hasMessage("Only a manager can cancel an activity.");
    }

    @Test
    void thePageOffersOnlyTheStepsTheUserMayTake() throws Exception {
        Activity submitted = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)), ReviewAction.SUBMIT);
        mvc.perform(get("/activities/" + submitted.getId()).with(testUsers.staff()))
                .andExpect(content().string(not(containsString("value=\"APPROVE\""))))
                .andExpect(content().string(not(containsString("value=\"SUBMIT\""))))
                .andExpect(content().string(not(containsString("/activities/" + submitted.getId() + "/edit"))));
        mvc.perform(get("/activities/" + submitted.getId()).with(testUsers.manager()))
                .andExpect(content().string(containsString("value=\"APPROVE\"")))
                .andExpect(content().string(containsString("value=\"RETURN\"")))
                .andExpect(content().string(not(containsString("value=\"COMPLETE\""))));
    }

    @Test
    void aReturnedActivityIsEditedAndSubmittedAgain() throws Exception {
        Activity returned = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)),
                ReviewAction.SUBMIT,
                ReviewAction.RETURN);
        Activity current = activities.get(returned.getId());
        mvc.perform(post("/activities/" + returned.getId())
                        .with(testUsers.staff())
                        .with(csrf())
                        .param("type", "WORKSHOP")
                        .param("title", "Workshop with the venue fixed")
                        .param("modality", "IN_PERSON")
                        .param("venue", "Pullman Khon Kaen")
                        .param("startDate", "2025-03-03")
                        .param("endDate", "2025-03-04")
                        .param("timeZone", "Asia/Bangkok")
                        .param("confirmWarnings", "true")
                        .param("version", String.valueOf(current.getVersion())))
                .andExpect(redirectedUrl("/activities/" + returned.getId()));
        activities.transition(returned.getId(), ReviewAction.SUBMIT, null, as("STAFF"));
        assertThat(activities.get(returned.getId()).getVenue()).isEqualTo("Pullman Khon Kaen");
        assertThat(activities.get(returned.getId()).getStatus()).isEqualTo(SUBMITTED);
    }

    @Test
    void aSubmittedActivityCannotBeChangedUntilItIsReturned() throws Exception {
        Activity submitted = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)), ReviewAction.SUBMIT);
        mvc.perform(post("/activities/" + submitted.getId())
                        .with(testUsers.staff())
                        .with(csrf())
                        .param("type", "WORKSHOP")
                        .param("title", "Sneaky change")
                        .param("modality", "IN_PERSON")
                        .param("startDate", "2025-03-03")
                        .param("timeZone", "Asia/Bangkok")
                        .param("confirmWarnings", "true")
                        .param(
                                "version",
                                String.valueOf(activities.get(submitted.getId()).getVersion())))
                .andExpect(flash().attribute("problem", containsString("under review")));
        assertThat(activities.get(submitted.getId()).getTitle()).isNotEqualTo("Sneaky change");
    }

    @Test
    void theReviewQueueListsSubmittedActivitiesOldestFirstAndApprovesFromThere() throws Exception {
        Project project = data.project();
        Activity first = data.step(
                data.activity(project, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2)), ReviewAction.SUBMIT);
        Activity second = data.step(
                data.activity(project, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 2)), ReviewAction.SUBMIT);
        String page = mvc.perform(
                        get("/review").param("project", project.getCode()).with(testUsers.manager()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf(first.getTitle())).isPositive().isLessThan(page.indexOf(second.getTitle()));
        assertThat(page).containsPattern("Review(</span>)?\\s*<span class=\"badge[^>]*>\\d+</span>");

        mvc.perform(post("/activities/" + first.getId() + "/review")
                        .param("action", "APPROVE")
                        .param("from", "queue")
                        .with(testUsers.manager())
                        .with(csrf()))
                .andExpect(redirectedUrl("/review"));
        mvc.perform(post("/activities/" + second.getId() + "/review")
                        .param("action", "RETURN")
                        .param("from", "queue")
                        .param("comment", "Dates clash with the Songkran holidays")
                        .with(testUsers.manager())
                        .with(csrf()))
                .andExpect(redirectedUrl("/review"));
        assertThat(activities.get(first.getId()).getStatus()).isEqualTo(APPROVED);
        assertThat(activities.get(second.getId()).getStatus()).isEqualTo(RETURNED);
        mvc.perform(get("/review").with(testUsers.staff())).andExpect(status().isForbidden());
    }

    @Test
    void theActivityListAndTheQueueFilterByAProjectCodeTypedInAnyCaseAndSayWhenNoProjectHasIt() throws Exception {
        Project project = data.project();
        Activity first = data.activity(project, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2));
        Activity second = data.step(
                data.activity(project, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2)), ReviewAction.SUBMIT);
        org.jsoup.nodes.Document list = org.jsoup.Jsoup.parse(mvc.perform(get("/activities")
                        .param("project", " " + project.getCode().toLowerCase() + " ")
                        .with(testUsers.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(list.select("tbody a[href^=/activities/]").eachText())
                .containsExactly(second.getTitle(), first.getTitle());
        assertThat(list.select("input#project").val()).isEqualTo(project.getCode());
        assertThat(list.select("select#project"))
                .as("no drop-down of every project")
                .isEmpty();

        org.jsoup.nodes.Document unknown = org.jsoup.Jsoup.parse(
                mvc.perform(get("/activities").param("project", "NO-SUCH-CODE").with(testUsers.staff()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(unknown.select("#project-error").text()).startsWith("No project has this code.");
        assertThat(unknown.select("input#project").val()).isEqualTo("NO-SUCH-CODE");
        assertThat(unknown.text()).contains("No activities match.");

        org.jsoup.nodes.Document queue = org.jsoup.Jsoup.parse(
                mvc.perform(get("/review").param("project", project.getCode()).with(testUsers.manager()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(queue.select(".review-item h2").eachText()).containsExactly(second.getTitle());
        assertThat(queue.select(".review-item input[name=project]").eachAttr("value"))
                .containsOnly(project.getCode());
        mvc.perform(post("/activities/" + second.getId() + "/review")
                        .param("action", "APPROVE")
                        .param("from", "queue")
                        .param("project", project.getCode())
                        .with(testUsers.manager())
                        .with(csrf()))
                .andExpect(redirectedUrl("/review?project=" + project.getCode()));
        assertThat(org.jsoup.Jsoup.parse(mvc.perform(get("/review")
                                        .param("project", "no such code")
                                        .with(testUsers.manager()))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("#project-error")
                        .text())
                .startsWith("No project has this code.");
    }

    @Test
    void projectSuggestionsOfferCodesContainingWhatWasTypedTheCodesStartingWithItFirst() throws Exception {
        String tag = TestData.unique();
        Project starts = data.project(tag + "-A", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        Project contains = data.project("X-" + tag, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        org.jsoup.nodes.Document options = org.jsoup.Jsoup.parse(mvc.perform(get("/projects/suggestions")
                        .param("project", tag.toLowerCase())
                        .with(testUsers.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(options.select("option").eachAttr("value")).containsExactly(starts.getCode(), contains.getCode());
        assertThat(options.select("option").first().text()).isEqualTo(starts.getCode() + " – " + starts.getTitle());
    }

    @Test
    void aProjectWithActivitiesIsCancelledNotDeleted() throws Exception {
        Project project = data.project();
        data.activity(project, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4));
        mvc.perform(post("/projects/" + project.getId() + "/delete")
                        .with(testUsers.manager())
                        .with(csrf()))
                .andExpect(redirectedUrl("/projects/" + project.getId()))
                .andExpect(flash().attribute(
                                "problem",
                                containsString("has 1 activity and cannot be deleted. Cancel the project instead")));
        mvc.perform(get("/projects/" + project.getId() + "/delete").with(testUsers.manager()))
                .andExpect(content().string(containsString("Cancel the project")));
    }

    private PortalUser as(String role) {
        return users.actingAs(
                switch (role) {
                    case "STAFF" -> TestUsers.STAFF;
                    case "MANAGER" -> TestUsers.MANAGER;
                    default -> TestUsers.ADMIN;
                });
    }
}
