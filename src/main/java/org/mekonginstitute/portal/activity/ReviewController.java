package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The managers' review queue: submitted activities, the longest waiting first, approved or returned from here. */
@Controller
@RequiredArgsConstructor
class ReviewController {

    private final ActivityService activities;
    private final ProjectService projects;

    @GetMapping("/review")
    @PreAuthorize("hasRole('MANAGER')")
    String queue(
            @RequestParam(required = false) String project, @RequestParam(defaultValue = "1") int page, Model model) {
        ProjectChoice choice = projects.choice(project);
        model.addAttribute("page", activities.reviewQueue(choice, page));
        model.addAttribute("project", choice);
        return "activity/review";
    }
}
