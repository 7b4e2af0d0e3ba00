package org.mekonginstitute.portal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

/** Staff whose browser asks for Thai read the project pages in Thai, with Buddhist Era years. */
@PortalTest
class ProjectPagesInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Test
    void theListThePageAndTheFormSpeakThai() throws Exception {
        Project project =
                data.project("MI-TH-" + TestData.unique(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Organisation donor = data.donor();
        data.fund(project, donor, "5000", "USD");
        data.partner(project, donor, PartnershipRole.HOST);

        assertThat(inThai.page("/projects?q=" + project.getCode(), users.staff()))
                .contains("<h1>โครงการ</h1>", "สร้างโครงการใหม่", "ผู้ให้ทุน", "2569");
        assertThat(inThai.page("/projects/" + project.getId(), users.manager()))
                .contains("แก้ไขภาพรวม", "ทุนสนับสนุน", "เจ้าภาพ", "43081 การศึกษาและการฝึกอบรมพหุสาขา", "2569");
        assertThat(inThai.page("/projects/new", users.staff()))
                .contains("สร้างโครงการใหม่", "ประเทศที่ครอบคลุม", "อยู่ระหว่างเตรียมการ");
    }

    @Test
    void refusalsAndConfirmationsSpeakThai() throws Exception {
        assertThat(inThai.page(
                        post("/projects")
                                .with(csrf())
                                .param("code", "MI-TH-" + TestData.unique())
                                .param("status", "PIPELINE")
                                .param("startDate", "2026-06-01")
                                .param("endDate", "2026-01-01"),
                        users.staff()))
                .contains("กรุณากรอกชื่อโครงการ", "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น");
        Project project = data.project();
        mvc.perform(post("/projects/" + project.getId() + "/components")
                        .with(users.staff())
                        .with(csrf())
                        .header("Accept-Language", "th")
                        .param("number", "1")
                        .param("title", "การเรียนรู้จากสำนักเลขาธิการอนุภูมิภาค"))
                .andExpect(flash().attribute("saved", "เพิ่มองค์ประกอบที่ 1 แล้ว"));
        mvc.perform(get("/projects/" + project.getId()).with(users.staff()).header("Accept-Language", "en"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Component 1: การเรียนรู้จากสำนักเลขาธิการอนุภูมิภาค"),
                                not(containsString("??")))));
    }
}
