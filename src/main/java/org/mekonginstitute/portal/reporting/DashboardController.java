package org.mekonginstitute.portal.reporting;

import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard every user lands on after logging in. */
@Controller
class DashboardController {

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("user", user);
        return "dashboard";
    }
}
