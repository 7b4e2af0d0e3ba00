package org.mekonginstitute.portal.notification.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.notification.NoticeStatus;
import org.mekonginstitute.portal.notification.Notices;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The notices in the portal: each user's own (what was also e-mailed to them, or only kept here when no mail server
 * is configured), and for administrators all of them with how their sending went.
 */
@Controller
@RequiredArgsConstructor
class NoticeController {

    private final Notices notices;

    @GetMapping("/notices")
    String mine(@AuthenticationPrincipal PortalUser user, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("page", notices.to(user.getUsername(), Math.max(page, 1) - 1));
        model.addAttribute("all", false);
        return "notification/notices";
    }

    @GetMapping("/admin/notices")
    String all(@RequestParam(required = false) String status, @RequestParam(defaultValue = "1") int page, Model model) {
        NoticeStatus chosen = ListFilter.choice(NoticeStatus.class, status);
        model.addAttribute("page", notices.all(chosen, Math.max(page, 1) - 1));
        model.addAttribute("all", true);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", NoticeStatus.values());
        return "notification/notices";
    }
}
