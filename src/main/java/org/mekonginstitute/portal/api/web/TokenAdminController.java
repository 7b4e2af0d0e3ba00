package org.mekonginstitute.portal.api.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.api.token.ApiTokens;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see everyone's API tokens (Administration → API tokens) and revoke any of them. */
@Controller
@RequiredArgsConstructor
@PreAuthorize("hasRole('ADMIN')")
class TokenAdminController {

    private final ApiTokens tokens;

    @GetMapping("/admin/tokens")
    String tokens(
            @RequestParam(defaultValue = "active") String state,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        String shown = switch (state) {
            case "active", "expired", "revoked", "all" -> state;
            default -> "active";
        };
        model.addAttribute("state", shown);
        model.addAttribute("page", tokens.all(shown, page));
        return "api/admin-tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal PortalUser admin, RedirectAttributes flash) {
        String name = tokens.revokeAny(id, admin.getUsername());
        return Flash.saved(flash, Text.of("api.tokens.revoked", name), "/admin/tokens");
    }
}
