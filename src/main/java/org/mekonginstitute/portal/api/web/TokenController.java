package org.mekonginstitute.portal.api.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.api.token.ApiTokens;
import org.mekonginstitute.portal.api.token.TokenScope;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.Routes;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
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
import java.time.LocalDate;

/**
 * Each user's API tokens on their account (user menu → API tokens): create one, see it once, revoke it. A token acts
 * with its owner's role.
 */
@Controller
@RequiredArgsConstructor
class TokenController {

    /** Ninety days unless chosen otherwise: long enough for a system, short enough that a forgotten one stops. */
    static final int DEFAULT_DAYS = 90;

    private final ApiTokens tokens;
    private final Clock clock;

    @GetMapping("/account/tokens")
    String tokens(@AuthenticationPrincipal PortalUser user, Model model) {
        TokenForm form = new TokenForm();
        form.setExpiresOn(LocalDate.now(clock).plusDays(DEFAULT_DAYS));
        model.addAttribute("form", form);
        return page(model, user);
    }

    @PostMapping("/account/tokens")
    String create(
            @Valid @ModelAttribute("form") TokenForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            ApiTokens.Issued issued = tokens.create(user.id(), form.toNewToken());
                            flash.addFlashAttribute("newToken", issued.token());
                            flash.addFlashAttribute("newTokenName", issued.name());
                            return "redirect:/account/tokens";
                        },
                        () -> page(model, user));
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes flash) {
        String name = tokens.revoke(user.id(), id, user.getUsername());
        return Flash.saved(flash, Text.of("api.tokens.revoked", name), "/account/tokens");
    }

    private String page(Model model, PortalUser user) {
        model.addAttribute("tokens", tokens.of(user.id()));
        model.addAttribute("scopes", TokenScope.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("apiBase", Routes.address("/api/v1"));
        return "api/tokens";
    }
}
