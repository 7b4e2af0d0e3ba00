package org.mekonginstitute.portal.activity.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.activity.TransitionRefused;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
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
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Optional;

/**
 * The review steps taken on an activity's page, and the managers' review queue: submitted activities, the longest
 * waiting first, approved or returned from there.
 */
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

    /** One review step; from the review queue the user goes back to the queue. */
    @PostMapping("/activities/{id}/review")
    String review(
            @PathVariable long id,
            @RequestParam String action,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String project,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes flash) {
        String back = !"queue".equals(from)
                ? "redirect:/activities/" + id
                : "redirect:"
                        + UriComponentsBuilder.fromPath("/review")
                                .queryParamIfPresent(
                                        "project", Optional.ofNullable(project).filter(code -> !code.isBlank()))
                                .encode()
                                .toUriString();
        ReviewAction step;
        try {
            step = ReviewAction.valueOf(action);
        } catch (IllegalArgumentException unknown) {
            flash.addFlashAttribute("problem", Text.of("activity.review.unknownStep"));
            return back;
        }
        try {
            Activity activity = activities.transition(id, step, comment, user);
            flash.addFlashAttribute(
                    "saved",
                    Text.of(
                            "activity.review.done",
                            activity.getTitle(),
                            activity.getStatus().label().toLowerCase()));
        } catch (TransitionRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            flash.addFlashAttribute("refusedComment", comment);
        }
        return back;
    }
}
