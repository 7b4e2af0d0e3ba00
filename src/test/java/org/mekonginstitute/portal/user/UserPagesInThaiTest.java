package org.mekonginstitute.portal.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Year;
import java.util.UUID;

/** The administration, account and password pages in Thai for a reader whose browser asks for it. */
@PortalTest
class UserPagesInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ThaiPages inThai;

    @Test
    void theAdministrationPagesSpeakThai() throws Exception {
        assertThat(inThai.page(get("/admin"), users.admin())).contains("การดูแลระบบ", "บัญชีผู้ใช้", "ผู้ดูแลระบบ");
        assertThat(inThai.page(get("/admin/users"), users.admin()))
                .contains("<h1>ผู้ใช้</h1>", "ชื่อหรืออีเมล", "บทบาท")
                .containsPattern("แสดง 1–\\d+ จากทั้งหมด \\d+ ผู้ใช้");
        assertThat(inThai.page(get("/admin/users/new"), users.admin()))
                .contains("ผู้ใช้ใหม่", "ชื่อที่แสดง", "สร้างบัญชี", "ยกเลิก");
    }

    @Test
    void aNewAccountIsRefusedAndCreatedInThaiWithItsLinkDatedInTheBuddhistEra() throws Exception {
        assertThat(inThai.page(
                        post("/admin/users")
                                .with(csrf())
                                .param("email", "")
                                .param("displayName", "")
                                .param("role", "STAFF"),
                        users.admin()))
                .contains("กรอกอีเมลที่ผู้ใช้ใช้เข้าสู่ระบบ", "กรอกชื่อที่เพื่อนร่วมงานรู้จัก");

        MvcResult created = mvc.perform(thai(post("/admin/users")
                        .with(users.admin())
                        .with(csrf())
                        .param("email", "thai-" + UUID.randomUUID() + "@example.org")
                        .param("displayName", "สมชาย ใจดี")
                        .param("role", "STAFF")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat((String) created.getFlashMap().get("saved"))
                .isEqualTo(
                        "สร้างบัญชีสำหรับ สมชาย ใจดี แล้ว โปรดส่งลิงก์สำหรับตั้งรหัสผ่านด้านล่างให้ผู้ใช้ ลิงก์นี้ใช้ได้เพียงครั้งเดียว");

        String account = inThai.page(
                get(created.getResponse().getRedirectedUrl()).flashAttrs(created.getFlashMap()), users.admin());
        int buddhistYear = Year.now(Dates.HOME_ZONE).getValue() + 543;
        assertThat(account)
                .contains(
                        "ลิงก์สำหรับตั้งรหัสผ่าน",
                        "โปรดส่งลิงก์นี้ให้",
                        "คัดลอก",
                        "ยังไม่ได้ตั้ง",
                        "ยังไม่เคยเข้าสู่ระบบ")
                .containsAnyOf(String.valueOf(buddhistYear), String.valueOf(buddhistYear + 1));
    }

    @Test
    void aStaffMemberChangesTheirPasswordInThai() throws Exception {
        assertThat(inThai.page(get("/account/password"), users.staff()))
                .contains("เปลี่ยนรหัสผ่าน", "รหัสผ่านปัจจุบัน", "ใส่รหัสผ่านใหม่อีกครั้ง");
    }

    private static MockHttpServletRequestBuilder thai(MockHttpServletRequestBuilder request) {
        return request.header("Accept-Language", "th");
    }
}
