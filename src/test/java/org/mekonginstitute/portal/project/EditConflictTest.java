package org.mekonginstitute.portal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Two people edit one record from forms opened at the same version: the second is told and loses nothing silently. */
@PortalTest
class EditConflictTest {

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

    @Test
    void theSecondOfTwoStaleProjectFormsIsRefusedWithWhoChangedIt() throws Exception {
        Project project = data.project();
        long openedAt = project.getVersion();

        mvc.perform(edit(project, "Title saved by the manager", openedAt).with(users.manager()))
                .andExpect(redirectedUrl("/projects/" + project.getId()));
        MvcResult refused = mvc.perform(
                        edit(project, "Title typed by staff", openedAt).with(users.staff()))
                .andExpect(redirectedUrl("/projects/" + project.getId() + "/edit"))
                .andReturn();

        assertThat(projects.get(project.getId()).getTitle()).isEqualTo("Title saved by the manager");
        mvc.perform(get("/projects/" + project.getId() + "/edit")
                        .with(users.staff())
                        .session((MockHttpSession) refused.getRequest().getSession())
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Dara Keo changed this record at")))
                .andExpect(content().string(containsString("not saved")))
                .andExpect(content().string(containsString("Title typed by staff")))
                .andExpect(content().string(containsString("value=\"Title saved by the manager\"")));
    }

    @Test
    void theSecondOfTwoStaleOrganisationFormsIsRefused() throws Exception {
        Organisation org = data.donor();
        long openedAt = organisations.get(org.getId()).getVersion();
        mvc.perform(post("/organisations/" + org.getId())
                        .with(users.admin())
                        .with(csrf())
                        .param("name", org.getName())
                        .param("type", "DONOR_AGENCY")
                        .param("notes", "First admin's notes")
                        .param("version", String.valueOf(openedAt)))
                .andExpect(redirectedUrl("/organisations/" + org.getId()));
        MvcResult refused = mvc.perform(post("/organisations/" + org.getId())
                        .with(users.admin())
                        .with(csrf())
                        .param("name", org.getName())
                        .param("type", "FOUNDATION")
                        .param("notes", "Second admin's notes")
                        .param("version", String.valueOf(openedAt)))
                .andExpect(redirectedUrl("/organisations/" + org.getId() + "/edit"))
                .andReturn();
        Organisation stored = organisations.get(org.getId());
        assertThat(stored.getNotes()).isEqualTo("First admin's notes");
        assertThat(stored.getType().name()).isEqualTo("DONOR_AGENCY");
        mvc.perform(get("/organisations/" + org.getId() + "/edit")
                        .with(users.admin())
                        .flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString("Anong Wongsuwan changed this record at")))
                .andExpect(content().string(containsString("Second admin&#39;s notes")));
    }

    private MockHttpServletRequestBuilder edit(Project project, String title, long version) {
        return post("/projects/" + project.getId())
                .with(csrf())
                .param("code", project.getCode())
                .param("title", title)
                .param("departmentId", project.getDepartment().getId().toString())
                .param("status", project.getStatus().name())
                .param("startDate", project.getStartDate().toString())
                .param("endDate", project.getEndDate().toString())
                .param("version", String.valueOf(version));
    }
}
