package org.mekonginstitute.portal.project;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationProfile;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The donors and departments the project list's filters offer are kept between requests; a donor renamed, a new
 * donor funding a project or a department added shows in the filters on the very next page; the chosen donor stays
 * chosen.
 */
@PortalTest
class ListFilterOptionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    OrganisationService organisations;

    @Test
    void theDonorFilterFollowsNewAndRenamedDonors() throws Exception {
        String name = "Donor " + TestData.unique();
        mvc.perform(get("/projects").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));

        Organisation donor = data.organisation(name, OrganisationType.DONOR_AGENCY);
        data.fund(data.project(), donor, "1000", "USD");
        mvc.perform(get("/projects").with(users.staff())).andExpect(content().string(containsString(name)));

        String renamed = "Renamed " + name;
        organisations.update(
                donor.getId(),
                OrganisationProfile.builder()
                        .name(renamed)
                        .type(OrganisationType.DONOR_AGENCY)
                        .country("TH")
                        .build());
        mvc.perform(get("/projects").with(users.staff()))
                .andExpect(content().string(allOf(containsString(renamed), not(containsString(">" + name)))));
    }

    @Test
    void theDepartmentFilterFollowsANewDepartment() throws Exception {
        String name = "Department of " + TestData.unique();
        mvc.perform(get("/projects").with(users.staff())).andExpect(content().string(not(containsString(name))));

        mvc.perform(post("/admin/departments")
                        .with(users.admin())
                        .with(csrf())
                        .param("name", name)
                        .param("acronym", "KEPT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects").with(users.staff())).andExpect(content().string(containsString(name)));
    }

    @Test
    void theChosenDonorStaysChosenAndItsNameIsEscaped() throws Exception {
        String name = "<b>Donor</b> & " + TestData.unique();
        Organisation donor = data.organisation(name, OrganisationType.DONOR_AGENCY);
        data.fund(data.project(), donor, "1000", "USD");
        String option = "<option value=\"" + donor.getId() + "\" selected>" + HtmlUtils.htmlEscape(name) + "</option>";

        mvc.perform(get("/projects").param("donor", donor.getId().toString()).with(users.staff()))
                .andExpect(content().string(allOf(containsString(option), not(containsString(name)))));
        mvc.perform(get("/reports").param("donor", donor.getId().toString()).with(users.manager()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(option), not(containsString(name)))));
    }
}
