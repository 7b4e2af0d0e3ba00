package org.mekonginstitute.portal.user.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.mekonginstitute.portal.user.admin.NewUserForm;
import org.mekonginstitute.portal.user.admin.UserAdministration;
import org.mekonginstitute.portal.user.security.LoginAttempts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** A set-password link works once, for a limited time, for the account it was issued for. */
@PortalTest
class SetPasswordLinkTest {

    static final String CHOSEN = "Riverboat-Evenings-Mekong";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    SetPasswordLinks links;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserService userService;

    @Test
    void theLinkPageIsPublicAndSetsThePasswordOnce() throws Exception {
        Created created = newUser();
        mvc.perform(get("/password/set/" + created.token()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose your password")))
                .andExpect(content().string(containsString(created.email())));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(created.email())
                        .password(CHOSEN))
                .andExpect(unauthenticated());

        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", CHOSEN)
                        .param("confirmPassword", CHOSEN))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(created.email())
                        .password(CHOSEN))
                .andExpect(authenticated().withUsername(created.email()));

        mvc.perform(get("/password/set/" + created.token()))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has already been used")));
        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", "Another-Choice-Later")
                        .param("confirmPassword", "Another-Choice-Later"))
                .andExpect(status().isGone());
        mvc.perform(formLogin("/login")
                        .userParameter("email")
                        .user(created.email())
                        .password(CHOSEN))
                .andExpect(authenticated());
    }

    @Test
    void theAuditTrailNamesWhoSetThePasswordWithTheLink(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc)
            throws Exception {
        Created created = newUser();
        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", CHOSEN)
                        .param("confirmPassword", CHOSEN))
                .andExpect(redirectedUrl("/login?passwordSet"));
        String actor = jdbc.queryForObject(
                "select e.actor from audit_event e join user_account u on u.id = e.record_id"
                        + " where e.table_name = 'user_account' and u.email = ? and jsonb_exists(e.changes, 'password_hash')"
                        + " order by e.id desc limit 1",
                String.class,
                created.email());
        org.assertj.core.api.Assertions.assertThat(actor).isEqualTo(created.email());
    }

    @Test
    void aLinkExpiresAfterTheConfiguredValidity() {
        Created created = newUser();
        Instant issued = Instant.parse("2026-11-20T03:00:00Z");
        String token = links.issue(created.id(), issued).token();
        assertThat(links.check(token, issued.plus(Duration.ofHours(72)).minusSeconds(1))
                        .status())
                .isEqualTo(SetPasswordLinks.Status.VALID);
        assertThat(links.check(token, issued.plus(Duration.ofHours(72))).status())
                .isEqualTo(SetPasswordLinks.Status.EXPIRED);
        assertThatThrownBy(() -> links.setPassword(token, CHOSEN, issued.plus(Duration.ofHours(73))))
                .isInstanceOfSatisfying(
                        SetPasswordLinks.Unusable.class,
                        unusable -> assertThat(unusable.getStatus()).isEqualTo(SetPasswordLinks.Status.EXPIRED));
        assertThat(userService.findByEmail(created.email()).orElseThrow().hasPassword())
                .isFalse();
    }

    @Test
    void anExpiredLinkShowsAClearPage() throws Exception {
        Created created = newUser();
        String token = links.issue(created.id(), Instant.now().minus(Duration.ofDays(4)))
                .token();
        mvc.perform(get("/password/set/" + token))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")));
    }

    @Test
    void unknownAndMalformedLinksShowANotValidPageNotAnError() throws Exception {
        mvc.perform(get("/password/set/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link is not valid")));
        mvc.perform(get("/password/set/{token}", "<script>alert(1)</script>"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/password/set/{token}", "<b>bold</b>"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(not(containsString("<b>bold"))));
        mvc.perform(get("/password/set/" + "x".repeat(5000))).andExpect(status().isNotFound());
        mvc.perform(post("/password/set/nope")
                        .with(csrf())
                        .param("newPassword", CHOSEN)
                        .param("confirmPassword", CHOSEN))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNewLinkReplacesTheUnusedOne() throws Exception {
        Created created = newUser();
        String second = administration.issueLink(created.id()).token();
        mvc.perform(get("/password/set/" + created.token())).andExpect(status().isNotFound());
        mvc.perform(get("/password/set/" + second)).andExpect(status().isOk());
    }

    @Test
    void theChosenPasswordMustPassThePolicyAndBeTypedTheSameTwiceAndIsNeverEchoed() throws Exception {
        Created created = newUser();
        String localPart = created.email().substring(0, created.email().indexOf('@'));
        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", "short-one")
                        .param("confirmPassword", "short-one"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"))
                .andExpect(content().string(containsString("Use at least 12 characters.")))
                .andExpect(content().string(not(containsString("short-one"))));
        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", localPart + "-2026")
                        .param("confirmPassword", localPart + "-2026"))
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"))
                .andExpect(content().string(containsString("Do not use your email address")));
        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", "password1234")
                        .param("confirmPassword", "password1234"))
                .andExpect(content().string(containsString("most common passwords")));
        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", CHOSEN)
                        .param("confirmPassword", CHOSEN + "!"))
                .andExpect(model().attributeHasFieldErrors("form", "confirmPassword"))
                .andExpect(content().string(containsString("The two passwords are not the same.")))
                .andExpect(content().string(not(containsString(CHOSEN))));
        mvc.perform(post("/password/set/" + created.token())
                        .with(csrf())
                        .param("newPassword", "x".repeat(100_000))
                        .param("confirmPassword", "x".repeat(100_000)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"));
        assertThat(links.check(created.token()).status()).isEqualTo(SetPasswordLinks.Status.VALID);
    }

    @Test
    void settingAPasswordWithALinkLiftsALock(@Autowired LoginAttempts attempts) throws Exception {
        String email = "locked-" + TestData.unique().toLowerCase(Locale.ROOT) + "@test.mekonginstitute.org";
        UserAccount account = userService.create(email, "Forgetful", Role.STAFF, TestUsers.PASSWORD);
        for (int i = 0; i < 5; i++) {
            attempts.recordFailure(email, Instant.now());
        }
        String token = administration.issueLink(account.getId()).token();
        mvc.perform(post("/password/set/" + token)
                        .with(csrf())
                        .param("newPassword", CHOSEN)
                        .param("confirmPassword", CHOSEN))
                .andExpect(redirectedUrl("/login?passwordSet"));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(CHOSEN))
                .andExpect(authenticated());
    }

    @Test
    void theLoginPageSaysThePasswordIsSet() throws Exception {
        mvc.perform(get("/login").param("passwordSet", ""))
                .andExpect(content().string(containsString("Your password is set.")));
    }

    private Created newUser() {
        NewUserForm form = new NewUserForm();
        form.setEmail("link-" + TestData.unique().toLowerCase(Locale.ROOT) + "@test.mekonginstitute.org");
        form.setDisplayName("Link Tester");
        form.setRole(Role.STAFF);
        UserAdministration.Created created = administration.create(form);
        return new Created(
                created.account().getId(),
                created.account().getEmail(),
                created.link().token());
    }

    record Created(long id, String email, String token) {}
}
