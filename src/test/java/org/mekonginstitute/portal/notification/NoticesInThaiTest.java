package org.mekonginstitute.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Map;

/**
 * A staff member who reads the portal in Thai is told of a review decision in Thai, with the year in the Buddhist
 * Era, while their English-speaking colleague is told in English; the notice pages read in Thai.
 */
@PortalTest
class NoticesInThaiTest {

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    UserService userService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReviewDecisionIsWrittenInTheLanguageOfEachStaffMemberTold() throws Exception {
        String email = "thai-notices-" + TestData.unique().toLowerCase() + "@example.org";
        UserAccount thai = userService.create(email, "Somchai Notices", Role.STAFF, "Thai-Notices-2026");
        userService.chooseLanguage(thai.getId(), Language.THAI);
        Activity activity = data.activity(
                data.project(),
                ActivityType.TRAINING,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 3),
                users.staffId(),
                thai.getId());

        data.step(activity, ReviewAction.SUBMIT, ReviewAction.RETURN);

        String buddhistYear = String.valueOf(LocalDate.now(Dates.HOME_ZONE).getYear() + 543);
        Map<String, Object> toThai = jdbc.queryForMap(
                "select subject, body from notice where recipient_email = ? order by id desc limit 1", email);
        assertThat((String) toThai.get("subject")).startsWith("กิจกรรม “" + activity.getTitle() + "”: ");
        assertThat((String) toThai.get("body"))
                .contains("ได้เปลี่ยนสถานะกิจกรรม “" + activity.getTitle() + "”", "ความเห็น:", buddhistYear)
                .contains("/activities/" + activity.getId());
        assertThat(jdbc.queryForList(
                        "select subject from notice where recipient_email = ?", String.class, TestUsers.STAFF))
                .contains("Activity returned: " + activity.getTitle());

        assertThat(inThai.page("/notices", users.as(email)))
                .contains("การแจ้งเตือนของท่าน", "กิจกรรม “" + activity.getTitle() + "”", buddhistYear);
        String admin = "thai-notices-admin-" + TestData.unique().toLowerCase() + "@example.org";
        userService.create(admin, "Admin Notices", Role.ADMIN, "Thai-Notices-Admin-2026");
        assertThat(inThai.page("/admin/notices", users.as(admin)))
                .contains("การแจ้งเตือนทั้งหมด", "สถานะ", "· ถึง Somchai Notices &lt;" + email + "&gt;", buddhistYear);
    }
}
