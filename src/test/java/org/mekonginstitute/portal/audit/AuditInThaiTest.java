package org.mekonginstitute.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The audit trail and a record's history in Thai: the kinds of record, the fields and the dates. */
@PortalTest
class AuditInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    UserService userService;

    @Test
    void theTrailNamesRecordsAndFieldsInThaiWithBuddhistEraYears() throws Exception {
        String email = "thai-audit-" + TestData.unique().toLowerCase() + "@example.org";
        userService.create(email, "Audit Reader", Role.ADMIN, "Thai-Audit-Reader-2026");
        RequestPostProcessor admin = users.as(email);
        Project project = data.project();
        String buddhistYear = String.valueOf(LocalDate.now(Dates.HOME_ZONE).getYear() + 543);

        assertThat(page("/history/project/" + project.getId(), admin))
                .contains("ประวัติของโครงการ #" + project.getId(), "สร้างใหม่", "ชื่อเรื่อง", "รหัส", buddhistYear);
        assertThat(page("/admin/audit?type=PROJECT", admin))
                .contains("บันทึกการเปลี่ยนแปลงข้อมูล", "ประเภทรายการ", "ทุกคน", "โครงการ", buddhistYear);
    }

    private String page(String url, RequestPostProcessor user) throws Exception {
        String html = mvc.perform(get(url).with(user).header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as("no message key is missing").doesNotContain("??");
        return html;
    }
}
