package org.mekonginstitute.portal.participant;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
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

import java.time.LocalDate;

/** Action plans: made on an activity's page, followed up with dated updates, counted per project. */
@Controller
@RequiredArgsConstructor
class ActionPlanController {

    private final ActionPlanService plans;
    private final EnrolmentService enrolments;
    private final ActivityService activities;
    private final ProjectService projects;
    private final UserDirectory userNames;
    private final java.time.Clock clock;

    @GetMapping("/activities/{id}/action-plans")
    String ofActivity(@PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ActionPlanForm());
        }
        return activityView(id, model);
    }

    @PostMapping("/activities/{id}/action-plans")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActionPlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                ActionPlan plan = plans.create(id, form);
                flash.addFlashAttribute("saved", "Action plan “" + plan.getTitle() + "” added.");
                return "redirect:/action-plans/" + plan.getId();
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("openForm", true);
        return activityView(id, model);
    }

    @GetMapping("/action-plans/{id}")
    String show(@PathVariable long id, Model model) {
        ActionPlan plan = plans.get(id);
        model.addAttribute("plan", plan);
        // Who recorded each update, in one lookup rather than one per update.
        model.addAttribute(
                "names",
                userNames.displayNames(plan.getUpdates().stream()
                        .map(ActionPlanUpdate::getRecordedBy)
                        .toList()));
        model.addAttribute("activity", activities.get(plan.getActivity().getId()));
        model.addAttribute("statuses", ActionPlanStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        return "participant/action-plan";
    }

    @PostMapping("/action-plans/{id}/updates")
    String addUpdate(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updateDate,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) ActionPlanStatus statusAfter,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        try {
            plans.addUpdate(id, updateDate, note, statusAfter, user.getUsername());
            flash.addFlashAttribute("saved", "Progress update recorded.");
            return "redirect:/action-plans/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("updateProblems", invalid.problems());
            model.addAttribute("typedDate", updateDate);
            model.addAttribute("typedNote", note);
            model.addAttribute("typedStatus", statusAfter);
            return show(id, model);
        }
    }

    @GetMapping("/action-plans/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        ActionPlan plan = plans.get(id);
        ActionPlanForm current = ActionPlanForm.of(plan);
        model.addAttribute("form", current);
        EditConflict.describe(model, current, userNames);
        return editView(plan, model);
    }

    @PostMapping("/action-plans/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActionPlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                plans.update(id, form);
                flash.addFlashAttribute("saved", "Action plan saved.");
                return "redirect:/action-plans/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (StaleEditException stale) {
                return EditConflict.redirect("/action-plans/" + id + "/edit", form, stale, flash);
            } catch (OptimisticLockingFailureException race) {
                return EditConflict.redirect("/action-plans/" + id + "/edit", form, (plans.get(id)).staleEdit(), flash);
            }
        }
        return editView(plans.get(id), model);
    }

    @GetMapping("/projects/{id}/action-plans")
    String ofProject(@PathVariable long id, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("summary", plans.ofProject(id));
        model.addAttribute("statuses", ActionPlanStatus.values());
        return "participant/project-action-plans";
    }

    private String activityView(long id, Model model) {
        Activity activity = activities.get(id);
        model.addAttribute("activity", activity);
        model.addAttribute("plans", plans.ofActivity(id));
        model.addAttribute("enrolled", enrolments.of(id));
        model.addAttribute("statuses", ActionPlanStatus.values());
        return "participant/activity-action-plans";
    }

    private String editView(ActionPlan plan, Model model) {
        model.addAttribute("plan", plan);
        // Who recorded each update, in one lookup rather than one per update.
        model.addAttribute(
                "names",
                userNames.displayNames(plan.getUpdates().stream()
                        .map(ActionPlanUpdate::getRecordedBy)
                        .toList()));
        model.addAttribute("activity", activities.get(plan.getActivity().getId()));
        model.addAttribute("enrolled", enrolments.of(plan.getActivity().getId()));
        model.addAttribute("statuses", ActionPlanStatus.values());
        return "participant/action-plan-form";
    }
}
