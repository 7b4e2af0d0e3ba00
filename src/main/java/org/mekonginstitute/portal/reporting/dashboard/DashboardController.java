package org.mekonginstitute.portal.reporting.dashboard;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard every user lands on after logging in, shaped by their role. */
@Controller
@RequiredArgsConstructor
class DashboardController {

    private final DashboardService dashboards;

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("dashboard", dashboards.of(user));
        return "dashboard";
    }
}
