package org.mekonginstitute.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

/**
 * The calendar pages read in Thai, months with years of the Buddhist Era; a feed speaks its owner's language,
 * whatever the calendar application asks for.
 */
@PortalTest
class CalendarPagesInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCalendarPagesSpeakThai() throws Exception {
        assertThat(page("/calendar?date=2026-05-01"))
                .contains("ปฏิทินกิจกรรม", "data-locale=\"th\"", "data-text-today=\"วันนี้\"", "รอการพิจารณา");
        assertThat(page("/calendar/list?month=2026-05"))
                .contains("กิจกรรมในเดือน พ.ค. 2569", "เม.ย. 2569", "มิ.ย. 2569", "ไม่แสดงฉบับร่าง");
        assertThat(page("/calendar/feeds")).contains("ฟีดปฏิทิน", "วิธีสมัครรับ", "<em>จาก URL</em>");

        String problem = mvc.perform(get("/calendar/events?start=2026-05-01&end=2030-05-01")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "th")
                        .with(users.staff()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(problem).contains("ห่างกันไม่เกิน 400 วัน");
    }

    @Test
    void aFeedSpeaksItsOwnersLanguage() throws Exception {
        Project project =
                data.project("CALTH-" + TestData.unique(), LocalDate.of(2034, 1, 1), LocalDate.of(2036, 12, 31));
        Activity cancelled = data.step(
                data.activity(project, LocalDate.of(2035, 4, 1), LocalDate.of(2035, 4, 1)),
                ReviewAction.SUBMIT,
                ReviewAction.APPROVE,
                ReviewAction.CANCEL);
        long owner = jdbc.queryForObject(
                "insert into user_account (email, display_name, role, language) values (?, 'Feed Owner', 'STAFF', 'th')"
                        + " returning id",
                Long.class,
                TestData.unique().toLowerCase() + "@feeds.example.org");
        String token = feeds.create(owner, new NewFeed("Phone", project.getCode(), null, null, null))
                .token();

        String text = mvc.perform(get("/calendar/feed/" + token + ".ics")
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .with(anonymous()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        ICalendar calendar = Biweekly.parse(text).first();
        VEvent event = calendar.getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo("ยกเลิก: " + cancelled.getTitle());
        assertThat(event.getDescription().getValue()).contains("ในพอร์ทัลพัฒนาศักยภาพลุ่มน้ำโขง: ");
    }

    private String page(String url) throws Exception {
        String page = mvc.perform(
                        get(url).header(HttpHeaders.ACCEPT_LANGUAGE, "th").with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).as(url).doesNotContain("??").contains("lang=\"th\"");
        return page;
    }
}
