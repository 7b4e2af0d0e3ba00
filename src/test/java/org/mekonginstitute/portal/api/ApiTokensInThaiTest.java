package org.mekonginstitute.portal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.ApiTestTokens;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.Clock;
import java.time.LocalDate;

/** The token pages read in Thai; the API itself answers in English whatever language its caller asks for. */
@PortalTest
class ApiTokensInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    @Autowired
    ApiTestTokens tokens;

    @Autowired
    Clock clock;

    @Test
    void theTokenPagesReadInThaiWithBuddhistEraYears() throws Exception {
        String email = "thai-tokens-" + TestData.unique().toLowerCase() + "@example.org";
        userService.create(email, "Token Reader", Role.STAFF, "Thai-Token-Reader-2026");
        RequestPostProcessor owner = users.as(email);
        LocalDate lastDay = LocalDate.now(clock).plusDays(30);

        assertThat(inThai.page(
                        post("/account/tokens")
                                .param("name", " ")
                                .param("expiresOn", lastDay.toString())
                                .param("scope", "READ")
                                .with(csrf()),
                        owner))
                .contains("กรุณาตั้งชื่อที่บอกว่าใช้โทเค็นนี้ที่ใด");
        mvc.perform(post("/account/tokens")
                        .param("name", "ระบบการเงิน")
                        .param("expiresOn", lastDay.toString())
                        .param("scope", "READ")
                        .with(csrf())
                        .with(owner)
                        .header("Accept-Language", "th"))
                .andExpect(redirectedUrl("/account/tokens"));

        assertThat(inThai.page("/account/tokens", owner))
                .contains("โทเค็น API", "โทเค็นของท่าน", "ระบบการเงิน", "อ่านอย่างเดียว", "ยังไม่เคยใช้")
                .contains(String.valueOf(lastDay.getYear() + 543));
        String admin = "thai-tokens-admin-" + TestData.unique().toLowerCase() + "@example.org";
        userService.create(admin, "Token Admin", Role.ADMIN, "Thai-Token-Admin-2026");
        assertThat(inThai.page("/admin/tokens", users.as(admin))).contains("โทเค็น API", "ใช้งานได้", "เจ้าของ");
    }

    @Test
    void theApiAnswersInEnglishToACallerWhoAsksForThai() throws Exception {
        mvc.perform(post("/api/v1/participants")
                        .header("Authorization", "Bearer " + tokens.of("STAFF"))
                        .header("Accept-Language", "th")
                        .accept("application/json")
                        .contentType("application/json")
                        .content("{\"title\": \"" + "x".repeat(31) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Some fields need correcting."))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message")
                        .value(Matchers.contains("At most 30 characters.")));
    }
}
