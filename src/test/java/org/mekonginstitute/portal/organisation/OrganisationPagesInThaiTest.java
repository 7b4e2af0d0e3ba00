package org.mekonginstitute.portal.organisation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

/** Whoever reads the donor and partner register in Thai sees it in Thai, with Buddhist Era years. */
@PortalTest
class OrganisationPagesInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Test
    void theRegisterAndAnOrganisationsPageSpeakThai() throws Exception {
        Organisation donor = data.donor();
        Project project =
                data.project("MI-TH-" + TestData.unique(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        data.fund(project, donor, "5000", "USD");

        mvc.perform(get("/organisations")
                        .param("q", donor.getName())
                        .with(users.admin())
                        .header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>ผู้ให้ทุนและภาคี</h1>"),
                                containsString("ลงทะเบียนหน่วยงาน"),
                                containsString("หน่วยงานผู้ให้ทุน"),
                                not(containsString("??")))));
        mvc.perform(get("/organisations/" + donor.getId()).with(users.admin()).header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("โครงการที่ให้ทุนสนับสนุน"),
                                containsString("เพิ่มผู้ติดต่อ"),
                                containsString("2569"),
                                not(containsString("??")))));
        mvc.perform(get("/organisations/new").with(users.admin()).header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("ลงทะเบียนหน่วยงาน"),
                                containsString("องค์การระหว่างรัฐบาล"),
                                not(containsString("??")))));
        mvc.perform(get("/organisations/" + donor.getId() + "/delete")
                        .with(users.admin())
                        .header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("จึงไม่สามารถลบได้"), not(containsString("??")))));
    }
}
