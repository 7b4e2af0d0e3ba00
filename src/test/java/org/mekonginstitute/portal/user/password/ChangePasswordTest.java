package org.mekonginstitute.portal.user.password;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.util.Locale;

/** Every user changes their own password at /account/password, with the current one. */
@PortalTest
class ChangePasswordTest {

    static final String NEW_PASSWORD = "Floating-Market-Dawn-7";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    UserService userService;

    @Test
    void everyRoleReachesTheFormAndAnonymousUsersAreSentToLogin() throws Exception {
        mvc.perform(get("/account/password").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Current password")));
        mvc.perform(get("/account/password").with(users.admin())).andExpect(status().isOk());
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theCurrentPasswordIsRequiredAndMustBeRight() throws Exception {
        String email = newUser();
        mvc.perform(post("/account/password")
                        .with(users.as(email))
                        .with(csrf())
                        .param("currentPassword", "")
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(model().attributeHasFieldErrors("form", "currentPassword"));
        mvc.perform(post("/account/password")
                        .with(users.as(email))
                        .with(csrf())
                        .param("currentPassword", "Not-My-Password-1")
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "currentPassword"))
                .andExpect(content().string(containsString("This is not your current password.")))
                .andExpect(content().string(not(containsString(NEW_PASSWORD))));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheLockWhichEndsTheSession() throws Exception {
        String email = newUser();
        for (int attempt = 1; attempt < 5; attempt++) {
            mvc.perform(post("/account/password")
                            .with(users.as(email))
                            .with(csrf())
                            .param("currentPassword", "Not-My-Password-" + attempt)
                            .param("newPassword", NEW_PASSWORD)
                            .param("confirmPassword", NEW_PASSWORD))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("form", "currentPassword"));
        }
        mvc.perform(post("/account/password")
                        .with(users.as(email))
                        .with(csrf())
                        .param("currentPassword", "Not-My-Password-5")
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString("your account is locked")));
    }

    @Test
    void theNewPasswordMustPassThePolicyAndDifferFromTheCurrentOne() throws Exception {
        String email = newUser();
        mvc.perform(post("/account/password")
                        .with(users.as(email))
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", "short")
                        .param("confirmPassword", "short"))
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"))
                .andExpect(content().string(containsString("Use at least 12 characters.")));
        mvc.perform(post("/account/password")
                        .with(users.as(email))
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", TestUsers.PASSWORD)
                        .param("confirmPassword", TestUsers.PASSWORD))
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"))
                .andExpect(content().string(containsString("different from your current one")));
    }

    @Test
    void withTheRightCurrentPasswordTheNewOneReplacesIt() throws Exception {
        String email = newUser();
        mvc.perform(post("/account/password")
                        .with(users.as(email))
                        .with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("saved", containsString("Your password has been changed")));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(TestUsers.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    private String newUser() {
        String email = "own-" + TestData.unique().toLowerCase(Locale.ROOT) + "@test.mekonginstitute.org";
        userService.create(email, "Own Password", Role.STAFF, TestUsers.PASSWORD);
        return email;
    }
}
