package org.mekonginstitute.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

@PortalTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEditIsRecordedWithWhoAndEachChangedField() throws Exception {
        Organisation org = data.donor();
        mvc.perform(post("/organisations/" + org.getId())
                .with(users.admin())
                .with(csrf())
                .param("name", org.getName())
                .param("type", "FOUNDATION")
                .param("website", "https://example.org")
                .param("version", "0"));
        Map<String, Object> event = jdbc.queryForMap(
                "select actor, action, changes::text as changes from audit_event"
                        + " where table_name = 'organisation' and record_id = ? and action = 'UPDATE'",
                org.getId());
        assertThat(event).containsEntry("actor", TestUsers.ADMIN).containsEntry("action", "UPDATE");
        assertThat((String) event.get("changes"))
                .contains("\"type\": [\"DONOR_AGENCY\", \"FOUNDATION\"]")
                .contains("\"website\": [null, \"https://example.org\"]")
                .doesNotContain("\"name\"")
                .doesNotContain("version");
    }

    @Test
    void changesMadeInSqlAreRecordedToo() {
        Project project = data.project();
        jdbc.update("update project set title = 'Renamed in SQL' where id = ?", project.getId());
        assertThat(jdbc.queryForObject(
                        "select changes -> 'title' ->> 1 from audit_event where table_name = 'project'"
                                + " and record_id = ? and action = 'UPDATE'",
                        String.class,
                        project.getId()))
                .isEqualTo("Renamed in SQL");
    }

    @Test
    void aChangeThatIsRolledBackLeavesNoAuditRecord() {
        Participant person = data.participant("Rolled", "Back" + TestData.unique(), Gender.MALE, "TH");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    jdbc.update("update participant set position = 'Director' where id = ?", person.getId());
                    throw new IllegalStateException("abort");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where table_name = 'participant' and record_id = ?"
                                + " and action = 'UPDATE'",
                        Integer.class,
                        person.getId()))
                .isZero();
    }

    @Test
    void passwordsNeverAppearInTheTrail() {
        List<String> changes = jdbc.queryForList(
                "select changes::text from audit_event where table_name = 'user_account'", String.class);
        assertThat(changes)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).doesNotContain("{bcrypt}").doesNotContain("$2a$"));
    }

    @Test
    void aProjectsHistoryShowsItsFundingLinesAndWhoChangedThem() throws Exception {
        Project project = data.project();
        Organisation donor = data.donor();
        mvc.perform(post("/projects/" + project.getId() + "/funding")
                .with(users.staff())
                .with(csrf())
                .param("donorId", donor.getId().toString())
                .param("amount", "12345.67")
                .param("currency", "USD"));
        mvc.perform(get("/history/project/" + project.getId()).with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Funding line")))
                .andExpect(content().string(containsString("12345.67")))
                .andExpect(content().string(containsString("Linh Nguyen")));
    }

    @Test
    void theAuditListIsForAdministratorsAndFiltersByUserAndType() throws Exception {
        Project project = data.project();
        mvc.perform(get("/admin/audit").with(users.manager())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit")
                        .param("type", "PROJECT")
                        .param("actor", "system")
                        .with(users.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("#" + project.getId())));
        mvc.perform(get("/admin/audit")
                        .param("type", "ORGANISATION")
                        .param("actor", "nobody@example.org")
                        .with(users.admin()))
                .andExpect(content().string(containsString("No changes match.")));
        mvc.perform(get("/admin/audit")
                        .param("from", "yesterday")
                        .param("type", "NOPE")
                        .with(users.admin()))
                .andExpect(status().isOk());
        mvc.perform(get("/history/user/1").with(users.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/history/nonsense/1").with(users.staff()).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/history/project/" + project.getId()).with(users.staff()))
                .andExpect(content().string(not(containsString("\"id\""))));
    }

    @Test
    void everyRecordPageLinksToItsHistoryAndTheHistoryBackToThePage() throws Exception {
        Project project = data.project();
        Organisation donor = data.donor();
        Participant participant = data.participant("Bounmy", "History" + TestData.unique(), Gender.MALE, "LA");
        var activity = data.activity(project, java.time.LocalDate.of(2025, 6, 2), java.time.LocalDate.of(2025, 6, 3));
        jdbc.update("insert into action_plan (activity_id, title) values (?, 'Plan with a history')", activity.getId());
        long plan =
                jdbc.queryForObject("select id from action_plan where activity_id = ?", Long.class, activity.getId());
        long account = jdbc.queryForObject("select id from user_account where email = ?", Long.class, TestUsers.STAFF);
        for (String[] page : List.of(
                new String[] {"/projects/" + project.getId(), "/history/project/" + project.getId()},
                new String[] {"/organisations/" + donor.getId(), "/history/organisation/" + donor.getId()},
                new String[] {"/activities/" + activity.getId(), "/history/activity/" + activity.getId()},
                new String[] {"/participants/" + participant.getId(), "/history/participant/" + participant.getId()},
                new String[] {"/action-plans/" + plan, "/history/action-plan/" + plan},
                new String[] {"/admin/users/" + account, "/history/user/" + account})) {
            mvc.perform(get(page[0]).with(users.admin()))
                    .andExpect(content().string(containsString("href=\"" + page[1] + "\"")));
            mvc.perform(get(page[1]).with(users.admin()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"" + page[0] + "\"")));
        }
    }
}
