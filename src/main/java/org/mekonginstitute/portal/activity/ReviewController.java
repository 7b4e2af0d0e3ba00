package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The managers' review queue: submitted activities, the longest waiting first, approved or returned from here. */
@Controller
@RequiredArgsConstructor
class ReviewController {

    private final ActivityService activities;

    @GetMapping("/review")
    @PreAuthorize("hasRole('MANAGER')")
    String queue(Model model) {
        model.addAttribute("queue", activities.reviewQueue());
        return "activity/review";
    }
}
