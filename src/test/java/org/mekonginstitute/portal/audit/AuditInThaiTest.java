package org.mekonginstitute.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;

/** The audit trail and a record's history in Thai: the kinds of record, the fields and the dates. */
@PortalTest
class AuditInThaiTest {

    @Autowired
    ThaiPages inThai;

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

        assertThat(inThai.page("/history/project/" + project.getId(), admin))
                .contains("ประวัติของโครงการ #" + project.getId(), "สร้างใหม่", "ชื่อเรื่อง", "รหัส", buddhistYear);
        assertThat(inThai.page("/admin/audit?type=PROJECT", admin))
                .contains("บันทึกการเปลี่ยนแปลงข้อมูล", "ประเภทรายการ", "ทุกคน", "โครงการ", buddhistYear);
    }
}
