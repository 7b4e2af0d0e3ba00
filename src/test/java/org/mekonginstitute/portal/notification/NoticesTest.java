package org.mekonginstitute.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.notification.mail.MailSettings;
import org.mekonginstitute.portal.notification.mail.NoticeDelivery;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestMailServer;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/** Review notices reach managers and staff by e-mail, and stay in the portal when no mail server is configured. */
@PortalTest
class NoticesTest {

    @Autowired
    TestData data;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NamedParameterJdbcTemplate namedJdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void managersAreToldAnActivityWaitsForReviewAndItsStaffWhatTheManagerDecided() throws Exception {
        // In a department of its own, which has no manager: then every manager is told, the demo manager too (a
        // department that has managers tells only them, and other tests add departments and managers).
        String tag = TestData.unique();
        long department = jdbc.queryForObject(
                "insert into department (name, acronym) values (?, ?) returning id",
                Long.class,
                "Notices " + tag,
                tag.substring(Math.max(0, tag.length() - 10)));
        Activity activity = data.activity(
                data.project(
                        "P-" + TestData.unique(), LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31), department),
                ActivityType.TRAINING,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 3),
                users.staffId());

        data.step(activity, ReviewAction.SUBMIT);
        assertThat(TestMailServer.awaitSubject(TestUsers.MANAGER, "Waiting for your review: " + activity.getTitle()))
                .anySatisfy(mail -> {
                    assertThat(mail.subject()).isEqualTo("Waiting for your review: " + activity.getTitle());
                    assertThat(mail.body())
                            .contains("Linh Nguyen submitted")
                            .contains("/activities/" + activity.getId());
                });
        data.step(activity, ReviewAction.RETURN);
        assertThat(TestMailServer.awaitSubject(TestUsers.STAFF, "Activity returned: " + activity.getTitle()))
                .anySatisfy(mail -> {
                    assertThat(mail.subject()).isEqualTo("Activity returned: " + activity.getTitle());
                    assertThat(mail.body()).contains("Because of a test");
                });
        // The one who takes a step is not told about it.
        assertThat(TestMailServer.to(TestUsers.STAFF))
                .noneMatch(mail -> mail.subject().equals("Waiting for your review: " + activity.getTitle()));

        String page = mvc.perform(get("/notices").with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Activity returned: " + activity.getTitle()).contains("Sent by e-mail");
        assertThat(mvc.perform(get("/admin/notices?status=SENT").with(users.admin()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Waiting for your review: " + activity.getTitle());
    }

    @Test
    void withoutAMailServerANoticeIsKeptInThePortalForItsRecipient() {
        ObjectProvider<JavaMailSender> noServer =
                new org.springframework.beans.factory.support.StaticListableBeanFactory()
                        .getBeanProvider(JavaMailSender.class);
        NoticeDelivery delivery = new NoticeDelivery(
                noServer,
                new MailSettings("portal@test.example.org", 5, Duration.ofMinutes(1)),
                namedJdbc,
                transactions,
                clock);
        Notices notices = new Notices(namedJdbc, delivery, json, clock);
        String email = TestData.unique().toLowerCase() + "@kept.example.org";
        notices.send(new Notice(email, "Kept Person", "Kept in the portal", "Nothing is lost.", null));

        assertThat(delivery.mailServerConfigured()).isFalse();
        assertThat(notices.to(email.toUpperCase(), 0).getContent())
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.status()).isEqualTo(NoticeStatus.KEPT);
                    assertThat(notice.subject()).isEqualTo("Kept in the portal");
                });
        assertThat(TestMailServer.to(email)).isEmpty();
    }
}
