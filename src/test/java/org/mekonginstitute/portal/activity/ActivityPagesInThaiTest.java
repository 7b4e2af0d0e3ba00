package org.mekonginstitute.portal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Locale;

/** The activity pages read in Thai for a reader whose browser asks for it, with years of the Buddhist Era. */
@PortalTest
class ActivityPagesInThaiTest {

    private static final Locale THAI = Language.THAI.locale();

    @Autowired
    MockMvc mvc;

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Test
    void theActivityPagesSpeakThai() throws Exception {
        Project project = data.project("TH-" + TestData.unique(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        Activity activity = data.activity(project, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));

        assertThat(inThai.page("/activities/" + activity.getId(), users.staff()))
                .contains("ภาพรวม", "รายละเอียด", "ประวัติการพิจารณา", "ส่งพิจารณา", ">ร่าง<", "2 มี.ค. 2569")
                .doesNotContain("Review history");
        assertThat(inThai.page("/activities?project=" + project.getCode(), users.staff()))
                .contains("ค้นหา", "ชื่อกิจกรรม สถานที่จัด หรือเมือง", activity.getTitle());
        assertThat(inThai.page("/projects/" + project.getId() + "/activities/new", users.staff()))
                .contains("เพิ่มกิจกรรม", "ตามแผนตั้งแต่ (เดือน)", "บันทึกเป็นฉบับร่าง");
        assertThat(inThai.page("/review", users.manager())).contains("รายการรอพิจารณา");
    }

    @Test
    void aRefusedStepSaysWhyInThai() throws Exception {
        Activity activity = data.step(
                data.activity(data.project(), LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4)), ReviewAction.SUBMIT);

        mvc.perform(post("/activities/" + activity.getId() + "/review")
                        .param("action", "APPROVE")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "th")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(flash().attribute("problem", "เฉพาะผู้จัดการเท่านั้นที่สามารถอนุมัติกิจกรรมได้"));
        mvc.perform(post("/activities/" + activity.getId() + "/review")
                        .param("action", "SUBMIT")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "th")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "problem",
                                "กิจกรรมที่ส่งพิจารณาแล้วไม่สามารถส่งพิจารณาได้"
                                        + " ทำได้เฉพาะกิจกรรมที่มีสถานะร่าง หรือ ส่งกลับแก้ไขเท่านั้น"));
    }

    /** The words sentences are built from, looked up by name rather than by a key the bundle tests can see. */
    @Test
    void everyStatusAndStepReadsInASentenceInThai() {
        for (ActivityStatus status : ActivityStatus.values()) {
            String key = "activity.status.anActivity." + status.name();
            assertThat(Text.in(THAI, key)).isNotEqualTo(Text.in(Locale.ENGLISH, key));
        }
        for (ReviewAction action : ReviewAction.values()) {
            for (String form : new String[] {"verb", "done"}) {
                String key = "activity.step." + form + "." + action.name();
                assertThat(Text.in(THAI, key)).isNotEqualTo(Text.in(Locale.ENGLISH, key));
            }
        }
    }
}
