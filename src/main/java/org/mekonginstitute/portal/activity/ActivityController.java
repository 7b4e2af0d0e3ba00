package org.mekonginstitute.portal.activity;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Optional;

/** Activities: the list, a project's activities, the activity page, its form and its review steps. */
@Controller
@RequiredArgsConstructor
class ActivityController {

    /** Time zones offered in the form: the region's first. */
    static final List<String> TIME_ZONES = List.of(
            "Asia/Bangkok",
            "Asia/Phnom_Penh",
            "Asia/Vientiane",
            "Asia/Yangon",
            "Asia/Ho_Chi_Minh",
            "Asia/Shanghai",
            "Asia/Singapore",
            "Asia/Jakarta",
            "Asia/Manila",
            "Asia/Tokyo",
            "Asia/Seoul",
            "Asia/Kolkata",
            "Australia/Sydney",
            "Australia/Perth",
            "Europe/Berlin",
            "Europe/London",
            "America/New_York",
            "UTC");

    private final ActivityService activities;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final UserService users;
    private final UserDirectory userNames;

    @GetMapping("/activities")
    String list(@ModelAttribute("filter") ActivityFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        ProjectChoice project = projects.choice(filter.getProject());
        model.addAttribute("page", activities.search(filter, project));
        model.addAttribute("project", project);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("statuses", ActivityStatus.values());
        return "activity/list";
    }

    @GetMapping("/projects/{projectId}/activities")
    String ofProject(@PathVariable long projectId, Model model) {
        model.addAttribute("project", projects.get(projectId));
        model.addAttribute("activities", activities.ofProject(projectId));
        return "activity/project-activities";
    }

    @GetMapping("/activities/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("details", activities.details(id, user));
        return "activity/show";
    }

    @GetMapping("/projects/{projectId}/activities/new")
    String createForm(@PathVariable long projectId, Model model) {
        ActivityForm form = new ActivityForm();
        return formView(model.addAttribute("form", form), projects.get(projectId), null);
    }

    @PostMapping("/projects/{projectId}/activities")
    String create(
            @PathVariable long projectId,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        Project project = projects.get(projectId);
        form.checkDates(errors);
        if (errors.hasErrors()) {
            return formView(model, project, null);
        }
        try {
            Activity created = activities.create(projectId, form.toPlan());
            flash.addFlashAttribute("saved", "Activity “" + created.getTitle() + "” saved as a draft.");
            return "redirect:/activities/" + created.getId();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
        } catch (ActivityWarnings warnings) {
            model.addAttribute("warnings", warnings.warnings());
        }
        return formView(model, project, null);
    }

    @GetMapping("/activities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Activity activity = activities.get(id);
        ActivityForm current = ActivityForm.of(activity);
        model.addAttribute("form", current);
        EditConflict.describe(model, current, userNames);
        return formView(model, activity.getProject(), activity);
    }

    @PostMapping("/activities/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        form.checkDates(errors);
        if (!errors.hasErrors()) {
            try {
                Activity saved = activities.update(id, form.toPlan(), user);
                flash.addFlashAttribute("saved", "Activity “" + saved.getTitle() + "” saved.");
                return "redirect:/activities/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (ActivityWarnings warnings) {
                model.addAttribute("warnings", warnings.warnings());
            } catch (TransitionRefused refused) {
                flash.addFlashAttribute("problem", refused.getMessage());
                return "redirect:/activities/" + id;
            } catch (StaleEditException stale) {
                return EditConflict.redirect("/activities/" + id + "/edit", form, stale, flash);
            } catch (OptimisticLockingFailureException race) {
                return EditConflict.redirect(
                        "/activities/" + id + "/edit", form, (activities.get(id)).staleEdit(), flash);
            }
        }
        Activity activity = activities.get(id);
        return formView(model, activity.getProject(), activity);
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
            flash.addFlashAttribute("problem", "That review step does not exist.");
            return back;
        }
        try {
            Activity activity = activities.transition(id, step, comment, user);
            flash.addFlashAttribute(
                    "saved",
                    "“" + activity.getTitle() + "” is now "
                            + activity.getStatus().label().toLowerCase() + ".");
        } catch (TransitionRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
            flash.addFlashAttribute("refusedComment", comment);
        }
        return back;
    }

    @GetMapping("/activities/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("blocker", activities.deletionBlocker(id));
        return "activity/delete";
    }

    @PostMapping("/activities/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        Activity activity = activities.get(id);
        long projectId = activity.getProject().getId();
        try {
            activities.delete(id);
        } catch (InUseException inUse) {
            flash.addFlashAttribute("problem", inUse.getMessage());
            return "redirect:/activities/" + id;
        }
        flash.addFlashAttribute("saved", "Activity “" + activity.getTitle() + "” deleted.");
        return "redirect:/projects/" + projectId + "/activities";
    }

    private String formView(Model model, Project project, Activity activity) {
        model.addAttribute("project", project);
        model.addAttribute("activity", activity);
        model.addAttribute("types", ActivityType.values());
        model.addAttribute("modalities", Modality.values());
        model.addAttribute("organisations", organisations.options());
        model.addAttribute("staffOptions", users.options());
        model.addAttribute("timeZones", TIME_ZONES);
        return "activity/form";
    }
}
