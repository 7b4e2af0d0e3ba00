package org.mekonginstitute.portal.activity.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityFilter;
import org.mekonginstitute.portal.activity.ActivityForm;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ActivityWarnings;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.activity.TransitionRefused;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Deletion;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.function.Supplier;

/** Activities: the list, a project's activities, the activity page, its form, and deleting one. */
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
        Supplier<String> formAgain = () -> formView(model, project, null);
        return new FormSubmission(form, errors, flash)
                .save(() -> unlessWarned(() -> saveNew(projectId, form, flash), model, formAgain), formAgain);
    }

    @GetMapping("/activities/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Activity activity = activities.get(id);
        EditConflict.editForm(model, "form", ActivityForm.of(activity), userNames);
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
        Supplier<String> formAgain = () -> {
            Activity activity = activities.get(id);
            return formView(model, activity.getProject(), activity);
        };
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> unlessWarned(() -> saveChanges(id, form, user, flash), model, formAgain),
                        formAgain,
                        "/activities/" + id + "/edit",
                        () -> activities.get(id).staleEdit());
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
        return new Deletion(flash)
                .delete(
                        () -> activities.delete(id),
                        "/activities/" + id,
                        Text.of("activity.flash.deleted", activity.getTitle()),
                        "/projects/" + activity.getProject().getId() + "/activities");
    }

    private String saveNew(long projectId, ActivityForm form, RedirectAttributes flash) {
        Activity created = activities.create(projectId, form.toPlan());
        return Flash.saved(
                flash, Text.of("activity.flash.created", created.getTitle()), "/activities/" + created.getId());
    }

    /** Saves the changes, or tells on the activity's page why the activity cannot be changed now. */
    private String saveChanges(long id, ActivityForm form, PortalUser user, RedirectAttributes flash) {
        try {
            Activity saved = activities.update(id, form.toPlan(), user);
            flash.addFlashAttribute("saved", Text.of("activity.flash.saved", saved.getTitle()));
        } catch (TransitionRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/activities/" + id;
    }

    /** Saves, or shows the form again with what is worth a second look, for the user to confirm. */
    private static String unlessWarned(Supplier<String> save, Model model, Supplier<String> formAgain) {
        try {
            return save.get();
        } catch (ActivityWarnings warnings) {
            model.addAttribute("warnings", warnings.warnings());
            return formAgain.get();
        }
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
