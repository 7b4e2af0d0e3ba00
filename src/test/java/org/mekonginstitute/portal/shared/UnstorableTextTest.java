package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
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
import org.mekonginstitute.portal.participant.ActionPlanForm;
import org.mekonginstitute.portal.participant.ActionPlanService;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

/**
 * Text PostgreSQL cannot store (NUL) and control characters no keyboard types: refused with a message where the
 * text was typed, never a server error. The fixes the hostile-input test led to, one by one.
 */
@PortalTest
class UnstorableTextTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ActionPlanService actionPlans;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNulInAFormFieldIsRefusedBesideTheFieldAndWhatWasTypedIsKept() throws Exception {
        String name = "Mekong\u0000Network " + TestData.unique();
        mvc.perform(post("/organisations")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", name)
                        .param("type", "NETWORK")
                        .param("notes", "Kept as typed"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "name", "unstorableText"))
                .andExpect(content().string(containsString("Remove the invisible character U+0000 (character 7)")))
                .andExpect(content().string(containsString("Kept as typed")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from organisation where name like ?",
                        Long.class,
                        "%" + name.substring(name.length() - 8)))
                .isZero();
    }

    @Test
    void aSearchWithANulFindsNothingInsteadOfFailing() throws Exception {
        mvc.perform(get("/projects").param("q", "ACMECS\u0000").with(users.staff()))
                .andExpect(status().isOk());
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6));
        mvc.perform(get("/participants/search")
                        .param("activity", String.valueOf(activity.getId()))
                        .param("q", "Ngu\u0000yen")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("results", List.of()));
    }

    @Test
    void aProgressNoteWithAControlCharacterGetsAMessageBesideTheNote() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6));
        Participant participant = data.participant("Somchai", "Note" + TestData.unique(), Gender.MALE, "TH");
        jdbc.update(
                "insert into enrolment (participant_id, activity_id) values (?, ?)",
                participant.getId(),
                activity.getId());
        ActionPlanForm form = new ActionPlanForm();
        form.setTitle("Plan");
        form.setParticipantIds(List.of(participant.getId()));
        long plan = actionPlans.create(activity.getId(), form).getId();
        mvc.perform(post("/action-plans/" + plan + "/updates")
                        .with(users.staff())
                        .with(csrf())
                        .param("updateDate", "2025-05-06")
                        .param("note", "Trained\u0007 twelve officers")
                        .param("statusAfter", "IN_PROGRESS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Remove the invisible character U+0007")));
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_plan_update where action_plan_id = ?", Long.class, plan))
                .isZero();
    }

    @Test
    void aReviewCommentWithANulIsRefusedAndTheCommentOfferedAgain() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6));
        mvc.perform(post("/activities/" + activity.getId() + "/review")
                        .with(users.staff())
                        .with(csrf())
                        .param("action", "SUBMIT")
                        .param("comment", "Ready\u0000"))
                .andExpect(redirectedUrl("/activities/" + activity.getId()))
                .andExpect(flash().attribute("problem", containsString("U+0000")))
                .andExpect(flash().attribute("refusedComment", "Ready\u0000"));
        assertThat(jdbc.queryForObject("select status from activity where id = ?", String.class, activity.getId()))
                .isEqualTo("DRAFT");
    }

    @Test
    void aLoginWithANulInTheEmailIsAWrongPassword() throws Exception {
        mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", TestUsers.STAFF + "\u0000")
                        .param("password", "x"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aValueTheDatabaseRefusesAsDataIsABadRequestNotAServerError() throws Exception {
        mvc.perform(get("/test-support/unchecked")
                        .param("value", "Mekong\u0000")
                        .with(users.staff()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The portal could not handle this request")));
        mvc.perform(get("/test-support/unchecked").param("value", "Mekong").with(users.staff()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void otherDatabaseFailuresStayServerErrors() {
        assertThatThrownBy(() -> mvc.perform(get("/test-support/missing-value").with(users.staff())))
                .hasRootCauseInstanceOf(org.postgresql.util.PSQLException.class)
                .hasCauseInstanceOf(DataIntegrityViolationException.class);
    }
}
