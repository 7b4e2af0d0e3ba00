package org.mekonginstitute.portal.user.password;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.security.LoginAttempts;
import org.mekonginstitute.portal.user.security.LoginEvents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.Instant;

/**
 * Passwords chosen by their owners: through a one-time link (public: its user cannot log in yet) and, once
 * logged in, by changing their own with the current one.
 */
@Controller
@RequiredArgsConstructor
@Slf4j
class PasswordController {

    private final SetPasswordLinks links;
    private final OwnPassword ownPassword;
    private final LoginAttempts attempts;
    private final Clock clock;

    @GetMapping("/password/set/{token}")
    String setPasswordForm(@PathVariable String token, Model model, HttpServletResponse response) {
        SetPasswordLinks.Check check = links.check(token);
        if (check.status() != SetPasswordLinks.Status.VALID) {
            return unusable(check.status(), model, response);
        }
        model.addAttribute("form", new SetPasswordForm());
        return setPasswordPage(check, token, model);
    }

    @PostMapping("/password/set/{token}")
    String setPassword(
            @PathVariable String token,
            @Valid @ModelAttribute("form") SetPasswordForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        SetPasswordLinks.Check check = links.check(token);
        if (check.status() != SetPasswordLinks.Status.VALID) {
            return unusable(check.status(), model, response);
        }
        checkRepeated(form, errors);
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                links.setPassword(token, form.getNewPassword());
                                return "redirect:/login?passwordSet";
                            } catch (SetPasswordLinks.Unusable unusable) {
                                return unusable(unusable.getStatus(), model, response);
                            }
                        },
                        () -> {
                            form.forget();
                            return setPasswordPage(check, token, model);
                        });
    }

    @GetMapping("/account/password")
    String changePasswordForm(Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        return "user/change-password";
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal PortalUser me,
            @Valid @ModelAttribute("form") ChangePasswordForm form,
            BindingResult errors,
            RedirectAttributes flash,
            HttpServletRequest request)
            throws ServletException {
        checkRepeated(form, errors);
        if (!errors.hasErrors()) {
            try {
                ownPassword.change(me.id(), form.getCurrentPassword(), form.getNewPassword());
                return Flash.saved(flash, Text.of("user.password.changed"), "/account/password");
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
            // A wrong current password counts like a wrong password at the login page, so that whoever holds an
            // open session cannot try passwords one after another; the lock ends this session too.
            if (errors.hasFieldErrors("currentPassword")
                    && attempts.recordFailure(me.getUsername(), Instant.now(clock))
                            .isPresent()) {
                log.warn(
                        "Account {} locked after too many wrong current passwords when changing the password",
                        LoginEvents.loggable(me.getUsername()));
                request.logout();
                return "redirect:/login?locked";
            }
        }
        form.forget();
        return "user/change-password";
    }

    /** The form to choose a password, for the account the link was issued to. */
    private static String setPasswordPage(SetPasswordLinks.Check check, String token, Model model) {
        model.addAttribute("check", check);
        model.addAttribute("token", token);
        return "user/set-password";
    }

    private static void checkRepeated(SetPasswordForm form, BindingResult errors) {
        if (!errors.hasFieldErrors("newPassword")
                && !errors.hasFieldErrors("confirmPassword")
                && !form.getNewPassword().equals(form.getConfirmPassword())) {
            errors.rejectValue("confirmPassword", "mismatch", Text.of("user.password.mismatch"));
        }
    }

    /** Expired, used or unknown: a page that says so and what to do, with 410 Gone or 404. */
    private static String unusable(SetPasswordLinks.Status status, Model model, HttpServletResponse response) {
        response.setStatus(status == SetPasswordLinks.Status.UNKNOWN ? 404 : 410);
        model.addAttribute("status", status.name());
        return "user/link-unusable";
    }
}
