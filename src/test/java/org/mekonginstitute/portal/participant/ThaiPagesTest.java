package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The registry, an activity's participants, attendance, sign-in sheet and action plans, and the CSV import, as a
 * reader who asks for Thai sees them: Thai words from the bundles, no message missing, years in the Buddhist Era.
 */
@PortalTest
class ThaiPagesTest {

    @Autowired
    ThaiPages inThai;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    EnrolmentService enrolments;

    @Test
    void theRegistryAndAnActivitysParticipantsSpeakThai() throws Exception {
        Project project = data.project();
        Activity activity = data.activity(project, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
        Participant person = data.participant("สมศรี", "ใจดี" + TestData.unique(), Gender.FEMALE, "TH");
        enrolments.enrol(activity.getId(), person.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        ActionPlan plan = data.actionPlan(activity, person, ActionPlanStatus.IN_PROGRESS);

        assertThat(inThai.page(get("/participants").param("q", person.getFamilyName()), users.staff()))
                .contains("<h1>ผู้เข้าร่วม</h1>", "เพิ่มผู้เข้าร่วม", "หญิง");
        assertThat(inThai.page(get("/participants/" + person.getId()), users.staff()))
                .contains("รายละเอียด", "นามสกุล", "ยืนยันแล้ว", "2569");
        assertThat(inThai.page(get("/participants/new"), users.staff())).contains("ยินยอมให้สถาบันติดต่อ", "เลือก…");
        assertThat(inThai.page(post("/participants").param("country", "TH").with(csrf()), users.staff()))
                .contains("กรุณากรอกชื่อ", "กรุณาเลือกเพศ");
        assertThat(inThai.page(get("/activities/" + activity.getId() + "/participants"), users.staff()))
                .contains("ลงทะเบียนแล้ว 1 คน", "ค้นหาในทะเบียนผู้เข้าร่วม");
        assertThat(inThai.page(get("/activities/" + activity.getId() + "/attendance"), users.staff()))
                .contains("บันทึกการเข้าร่วม", "จำนวนวันที่เข้าร่วมของ " + person.fullName());
        assertThat(inThai.page(get("/activities/" + activity.getId() + "/sign-in-sheet"), users.staff()))
                .contains("<html lang=\"th\"", "ใบลงชื่อ", "จ. 2 มี.ค.", "2569");
        assertThat(inThai.page(get("/activities/" + activity.getId() + "/action-plans"), users.staff()))
                .contains("เพิ่มแผนปฏิบัติการ", "กำลังดำเนินการ");
        assertThat(inThai.page(get("/action-plans/" + plan.getId()), users.staff()))
                .contains("บันทึกความคืบหน้า", "ยังไม่มีการบันทึกความคืบหน้า");
        assertThat(inThai.page(get("/projects/" + project.getId() + "/action-plans"), users.staff()))
                .contains("อัปเดตล่าสุด");
        assertThat(inThai.page(get("/participants/" + person.getId() + "/merge"), users.manager()))
                .contains("รวมระเบียนที่ซ้ำกันเข้ากับ");
        assertThat(inThai.page(get("/participants/" + person.getId() + "/anonymise"), users.admin()))
                .contains("ลบข้อมูลระบุตัวตนของ " + person.fullName());
    }

    @Test
    void aThaiReadersImportIsCheckedInThaiAndStillReadsEnglishNames() throws Exception {
        assertThat(inThai.page(get("/participants/import"), users.staff()))
                .contains("นำเข้าผู้เข้าร่วมจากไฟล์ CSV", "เขียนได้ทุกอักษร", "given_name");
        assertThat(mvc.perform(get("/participants/import/template.csv")
                                .with(users.staff())
                                .header("Accept-Language", "th"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("title,given_name,family_name,gender,country", "สมศรี");

        String tag = TestData.unique();
        String file = "title,given_name,family_name,gender,country\n"
                + "นาง,มาลี,ทองดี" + tag + ",Female,TH\n"
                + "นาย,สมชาย,ใจงาม" + tag + ",MALE,XX\n";
        String preview = mvc.perform(multipart("/participants/import")
                        .file(new MockMultipartFile(
                                "file", "thai.csv", "text/csv", file.getBytes(StandardCharsets.UTF_8)))
                        .header("Accept-Language", "th")
                        .with(users.staff())
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(preview).startsWith("/participants/import/");
        String checked = await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> inThai.page(get(preview), users.staff()), page -> page.contains("ตรวจสอบการนำเข้าไฟล์"));
        assertThat(checked)
                .contains("มี 1 แถวที่นำเข้าไม่ได้ (แถว 3)", "“XX” ไม่ใช่รหัสประเทศตาม ISO 3166-1")
                .doesNotContain("is not one of");
    }
}
