package org.mekonginstitute.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;

/** The document pages, and what they say about an upload, in Thai for a reader whose browser asks for it. */
@PortalTest
class DocumentsInThaiTest {

    @Autowired
    ThaiPages inThai;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    UserService userService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void uploadsVersionsAndSearchReadInThaiWithBuddhistEraYears() throws Exception {
        String email = "thai-documents-" + TestData.unique().toLowerCase() + "@example.org";
        userService.create(email, "Somsri Documents", Role.STAFF, "Thai-Documents-2026");
        RequestPostProcessor staff = users.as(email);
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6));
        String documentsPage = "/activities/" + activity.getId() + "/documents";

        assertThat(inThai.page(
                        multipart(documentsPage)
                                .file(new MockMultipartFile("files", "empty.pdf", "application/pdf", new byte[0]))
                                .param("category", "AGENDA")
                                .with(csrf()),
                        staff))
                .contains("กรุณาเลือกไฟล์ที่จะอัปโหลด");
        mvc.perform(multipart(documentsPage)
                        .file(new MockMultipartFile("files", "agenda.pdf", "", TestFiles.pdf("Agenda of the visit")))
                        .param("category", "AGENDA")
                        .with(csrf())
                        .with(staff)
                        .header("Accept-Language", "th"))
                .andExpect(redirectedUrl(documentsPage))
                .andExpect(flash().attribute(
                                "saved", "อัปโหลดเอกสาร 1 รายการแล้ว ระบบกำลังอ่านข้อความของเอกสารอยู่เบื้องหลัง"));
        long id =
                jdbc.queryForObject("select max(id) from document where activity_id = ?", Long.class, activity.getId());
        String buddhistYear = String.valueOf(LocalDate.now(Dates.HOME_ZONE).getYear() + 543);

        assertThat(inThai.page(get(documentsPage), staff))
                .contains("อัปโหลดเอกสาร", "ค้นหาเอกสารทั้งหมด", "ฉบับที่ 1", "กำหนดการ", buddhistYear);
        assertThat(inThai.page(get("/documents/" + id), staff))
                .contains("ฉบับของเอกสาร", "ล่าสุด", "อัปโหลดฉบับใหม่", "ดาวน์โหลด", buddhistYear);
        assertThat(inThai.page(get("/documents/search").param("q", "agenda"), staff))
                .contains("ค้นหาเอกสาร", "คำหรือวลี", "ดาวน์โหลด agenda.pdf");
    }
}
