package org.mekonginstitute.portal.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.registration.review.Decisions;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestMailServer;
import org.mekonginstitute.portal.support.TestMailServer.Mail;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Registration in Thai: the staff pages and the public form for a reader whose browser asks for Thai, with years of
 * the Buddhist Era, and the e-mails of someone who applied in Thai, written in Thai even when staff decide in English.
 */
@PortalTest
class RegistrationInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegistrationFixture registration;

    @Autowired
    Decisions decisions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void staffPagesAndThePublicFormSpeakThaiWithBuddhistEraYears() throws Exception {
        Activity activity = registration.activityOpenFor(
                3, RegistrationMode.NOMINATION, Map.of(Question.DIETARY_NEEDS, Asked.OPTIONAL));
        String token = registration.invite(activity, "Ministry " + TestData.unique());
        registration.send(token, RegistrationFixture.nomination("Somchai", "Thai" + TestData.unique()), "192.0.2.77");
        // registration closes 30 days from today: the year it is written with on every page
        String closingYear = String.valueOf(LocalDate.now().plusDays(30).getYear() + 543);
        String base = "/activities/" + activity.getId();

        assertThat(page(get(base + "/registration").with(users.staff())))
                .contains("การลงทะเบียน", "เชิญภาคีเสนอชื่อ", "ใช้งานอยู่", "ภาคีเสนอชื่อผู้เข้าร่วม")
                .doesNotContain("??");
        assertThat(page(get(base + "/applications").with(users.staff())))
                .contains("ใบสมัคร", "มีผู้ได้ที่นั่งแล้ว 0 จาก 3 ที่นั่ง", "รอการพิจารณา", "ตอบรับ")
                .contains(closingYear)
                .doesNotContain("??");
        assertThat(page(get("/apply/" + token).with(anonymous())))
                .contains("การเสนอชื่อจาก", "ส่งการเสนอชื่อ", "ข้อจำกัดด้านอาหาร", "เช่น มังสวิรัติ")
                .contains(closingYear)
                .doesNotContain("??");
    }

    @Test
    void someoneWhoAppliedInThaiIsWrittenToInThaiWhateverTheLanguageOfStaff() throws Exception {
        Activity activity = registration.activityOpenFor(3, RegistrationMode.OPEN, Map.of());
        String token = registration.openLink(activity).getToken();
        Map<String, String> form = RegistrationFixture.nomination("ดวงใจ", "ใจดี" + TestData.unique());
        form.remove("nominatorName");
        form.remove("nominatorEmail");
        MockHttpServletRequestBuilder request = post("/apply/" + token)
                .with(csrf())
                .with(anonymous())
                .header(HttpHeaders.ACCEPT_LANGUAGE, "th")
                .with(r -> {
                    r.setRemoteAddr("192.0.2.78");
                    return r;
                });
        form.forEach(request::param);
        String own = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        assertThat(own).startsWith("/apply/status/");
        assertThat(page(get(own).with(anonymous())))
                .contains("ใบสมัครของท่าน", "รอการพิจารณา", "ข้อมูลที่ส่ง")
                .doesNotContain("??");

        List<Mail> received = TestMailServer.await(form.get("email"), 1);
        assertThat(received.get(0).subject()).startsWith("ได้รับใบสมัครแล้ว");
        assertThat(bodies(form.get("email")).get(0)).contains("ขอขอบคุณที่ท่านสมัครเข้าร่วม", "ขอแสดงความนับถือ");

        long application =
                jdbc.queryForObject("select id from application where email = ?", Long.class, form.get("email"));
        decisions.accept(activity.getId(), application, 0, null); // outside a request: English for staff
        List<Mail> decided = TestMailServer.await(form.get("email"), 2);
        assertThat(decided.get(1).subject()).startsWith("ยืนยันที่นั่ง");
        assertThat(bodies(form.get("email")).get(1)).contains("ใบสมัครได้รับการตอบรับและยืนยันที่นั่งแล้ว");
    }

    /** The text of the messages to this address, oldest first, decoded (Thai text travels in base64). */
    private static List<String> bodies(String address) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (MimeMessage message : TestMailServer.server().getReceivedMessages()) {
            if (Arrays.stream(message.getAllRecipients())
                    .anyMatch(to -> to.toString().toLowerCase().contains(address))) {
                bodies.add((String) message.getContent());
            }
        }
        return bodies;
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, "th"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
