package org.mekonginstitute.portal.project;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.SqlStatements;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The project list runs as many SQL statements for 50 projects as for 5: no query per row. */
@PortalTest
class ProjectListStatementsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired TestData data;

    @Test
    void theProjectListRunsTheSameStatementsFor5And50Projects() throws Exception {
        String tag = TestData.unique();
        create(tag, 5);
        long withFive = statementsFor(tag);
        create(tag, 45);
        long withFifty = statementsFor(tag);
        assertThat(withFifty).isEqualTo(withFive).isLessThanOrEqualTo(6);
    }

    private void create(String tag, int count) {
        for (int i = 0; i < count; i++) {
            Project project = data.project("L" + tag + "-" + System.nanoTime() % 1_000_000_000, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1));
            Organisation donor = data.donor();
            data.fund(project, donor, "1000", "USD");
            data.fund(project, donor, "2000", "EUR");
            data.partner(project, data.organisation("Partner " + TestData.unique(), OrganisationType.NGO), PartnershipRole.HOST);
            data.partner(project, donor, PartnershipRole.TECHNICAL_PARTNER);
        }
    }

    private long statementsFor(String tag) throws Exception {
        var staff = users.staff();
        mvc.perform(get("/projects").param("q", tag).with(staff)).andExpect(status().isOk());
        SqlStatements.reset();
        mvc.perform(get("/projects").param("q", tag).with(staff)).andExpect(status().isOk());
        return SqlStatements.count();
    }
}
