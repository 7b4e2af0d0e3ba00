package org.mekonginstitute.portal.department;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators who read Thai keep the departments in Thai. */
@PortalTest
class DepartmentPageInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void theDepartmentsPageAndItsRefusalsSpeakThai() throws Exception {
        mvc.perform(get("/admin/departments").with(users.admin()).header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>ฝ่าย</h1>"),
                                containsString("เพิ่มฝ่าย"),
                                not(containsString("??")))));
        mvc.perform(post("/admin/departments")
                        .with(users.admin())
                        .with(csrf())
                        .header("Accept-Language", "th")
                        .param("name", "")
                        .param("acronym", "X"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("กรุณากรอกชื่อฝ่าย"),
                                containsString("ใช้ตัวอักษรภาษาอังกฤษ 2 ถึง 10 ตัว เช่น SEE"),
                                not(containsString("??")))));
    }
}
