package org.mekonginstitute.portal.user.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Which language a page speaks: the browser's, a visitor's choice, a staff member's choice kept for next time. */
@PortalTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserService users;

    @Test
    void anonymousPagesFollowTheBrowsersLanguage() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "th-TH,th;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"th\"")))
                .andExpect(content().string(containsString("เข้าสู่ระบบ")))
                .andExpect(content().string(not(containsString("??"))));
        // A language the portal does not offer yet: the next one the browser accepts.
        mvc.perform(get("/login").header("Accept-Language", "lo-LA,lo;q=0.9,th;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"th\"")));
        mvc.perform(get("/login").header("Accept-Language", "lo-LA"))
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Log in")));
    }

    @Test
    void aVisitorsChoiceIsKeptInACookieAndOutranksTheBrowser() throws Exception {
        mvc.perform(get("/language").param("language", "th").param("back", "/login?logout"))
                .andExpect(redirectedUrl("/login?logout"))
                .andExpect(cookie().value(LanguageResolver.COOKIE, "th"))
                .andExpect(cookie().httpOnly(LanguageResolver.COOKIE, true));
        mvc.perform(get("/login")
                        .cookie(new Cookie(LanguageResolver.COOKIE, "th"))
                        .header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"th\"")))
                .andExpect(content().string(containsString("เข้าสู่ระบบ")));
        mvc.perform(get("/login").cookie(new Cookie(LanguageResolver.COOKIE, "xx-<script>")))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
    }

    @Test
    void theMenuSendsReadersBackOnlyWithinThePortal() throws Exception {
        for (String elsewhere : new String[] {
            "https://example.org/", "//example.org/", "/\\example.org", "javascript:x", "/projects\r\nSet-Cookie: x=1"
        }) {
            mvc.perform(get("/language").param("language", "th").param("back", elsewhere))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(get("/language").param("language", "klingon").param("back", "/login"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(cookie().doesNotExist(LanguageResolver.COOKIE));
    }

    @Test
    void aStaffMembersChoiceIsKeptWithTheAccountForTheNextLogin() throws Exception {
        String email = "language-test@example.org";
        if (!users.exists(email)) {
            users.create(email, "Somchai Language", Role.STAFF, TestUsers.PASSWORD);
        }
        MockHttpSession session = login(email);
        mvc.perform(get("/account/password").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));

        mvc.perform(post("/language")
                        .session(session)
                        .with(csrf())
                        .param("language", "th")
                        .param("back", "/account/password"))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"th\"")))
                .andExpect(content().string(containsString("ออกจากระบบ")));
        assertThat(users.findByEmail(email).orElseThrow().getLanguage()).isEqualTo("th");

        MockHttpSession next = login(email);
        mvc.perform(get("/account/password").session(next).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"th\"")));

        mvc.perform(post("/language")
                        .session(next)
                        .with(csrf())
                        .param("language", "en")
                        .param("back", "/"))
                .andExpect(redirectedUrl("/"));
        assertThat(users.findByEmail(email).orElseThrow().getLanguage()).isEqualTo("en");
    }

    private MockHttpSession login(String email) throws Exception {
        return (MockHttpSession) mvc.perform(
                        formLogin("/login").userParameter("email").user(email).password(TestUsers.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    }
}
