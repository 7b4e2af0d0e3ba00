package org.mekonginstitute.portal.participant.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.ActionPlan;
import org.mekonginstitute.portal.participant.ActionPlanForm;
import org.mekonginstitute.portal.participant.ActionPlanService;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.participant.ActionPlanUpdate;
import org.mekonginstitute.portal.participant.EnrolmentRows;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Action plans: made on an activity's page, followed up with dated updates, counted per project. */
@Controller
@RequiredArgsConstructor
class ActionPlanController {

    private final ActionPlanService plans;
    private final EnrolmentRows enrolments;
    private final ActivityService activities;
    private final ProjectService projects;
    private final UserDirectory userNames;
    private final Clock clock;

    @GetMapping("/activities/{id}/action-plans")
    String ofActivity(@PathVariable long id, Model model) {
        PageForms.blankUnlessTyped(model, "form", ActionPlanForm::new);
        return activityView(id, model);
    }

    @PostMapping("/activities/{id}/action-plans")
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActionPlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .saveUnfolded(
                        () -> {
                            ActionPlan plan = plans.create(id, form.toDetails());
                            return Flash.saved(
                                    flash,
                                    Text.of("participant.plan.added", plan.getTitle()),
                                    "/action-plans/" + plan.getId());
                        },
                        model,
                        "openForm",
                        () -> activityView(id, model));
    }

    /** Search as you type (htmx): the activity's people by name, for a team too large to list. */
    @GetMapping("/activities/{id}/action-plans/people")
    String people(@PathVariable long id, @RequestParam(defaultValue = "") String q, Model model) {
        boolean searchable = ParticipantService.searchable(q);
        model.addAttribute("found", searchable ? enrolments.named(id, q) : List.of());
        model.addAttribute("searchable", searchable);
        return "participant/action-plan-form :: found";
    }

    @GetMapping("/action-plans/{id}")
    String show(@PathVariable long id, Model model) {
        planView(plans.get(id), model);
        model.addAttribute("today", LocalDate.now(clock));
        return "participant/action-plan";
    }

    @PostMapping("/action-plans/{id}/updates")
    String recordProgress(
            @PathVariable long id,
            @RequestParam(required = false) LocalDate updateDate,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) ActionPlanStatus statusAfter,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        try {
            plans.recordProgress(id, updateDate, note, statusAfter, user.getUsername());
            return Flash.saved(flash, Text.of("participant.plan.progress.recorded"), "/action-plans/" + id);
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
        EditConflict.editForm(model, "form", ActionPlanForm.of(plan), userNames);
        return editView(plan, model);
    }

    @PostMapping("/action-plans/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ActionPlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            plans.update(id, form.getVersion(), form.toDetails());
                            return Flash.saved(flash, Text.of("participant.plan.saved"), "/action-plans/" + id);
                        },
                        () -> editView(plans.get(id), model),
                        "/action-plans/" + id + "/edit",
                        () -> plans.get(id).staleEdit());
    }

    @GetMapping("/projects/{id}/action-plans")
    String ofProject(@PathVariable long id, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("summary", plans.ofProject(id));
        model.addAttribute("statuses", ActionPlanStatus.values());
        return "participant/project-action-plans";
    }

    private String activityView(long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("plans", plans.ofActivity(id));
        model.addAttribute("team", team(id, model));
        model.addAttribute("statuses", ActionPlanStatus.values());
        return "participant/activity-action-plans";
    }

    private String editView(ActionPlan plan, Model model) {
        planView(plan, model);
        model.addAttribute("team", team(plan.getActivity().getId(), model));
        return "participant/action-plan-form";
    }

    /** The people the plan's form picks from, those already chosen in the form among them. */
    private EnrolmentRows.Team team(long activityId, Model model) {
        return enrolments.team(activityId, ((ActionPlanForm) model.getAttribute("form")).getParticipantIds());
    }

    /** The plan with its activity, and who recorded each update (in one lookup rather than one per update). */
    private void planView(ActionPlan plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute(
                "names",
                userNames.displayNames(plan.getUpdates().stream()
                        .map(ActionPlanUpdate::getRecordedBy)
                        .toList()));
        model.addAttribute("activity", activities.get(plan.getActivity().getId()));
        model.addAttribute("statuses", ActionPlanStatus.values());
    }
}
