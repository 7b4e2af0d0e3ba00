package org.mekonginstitute.portal.department;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;

/** Administrators who read Thai keep the departments in Thai. */
@PortalTest
class DepartmentPageInThaiTest {

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Test
    void theDepartmentsPageAndItsRefusalsSpeakThai() throws Exception {
        assertThat(inThai.page("/admin/departments", users.admin())).contains("<h1>ฝ่าย</h1>", "เพิ่มฝ่าย");
        assertThat(inThai.page(
                        post("/admin/departments")
                                .with(csrf())
                                .param("name", "")
                                .param("acronym", "X"),
                        users.admin()))
                .contains("กรุณากรอกชื่อฝ่าย", "ใช้ตัวอักษรภาษาอังกฤษ 2 ถึง 10 ตัว เช่น SEE");
    }
}
