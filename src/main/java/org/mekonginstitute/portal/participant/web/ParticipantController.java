package org.mekonginstitute.portal.participant.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.ActionPlanService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantFilter;
import org.mekonginstitute.portal.participant.ParticipantRow;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.participant.ProbableDuplicates;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/** The participant registry: list and search, the person's page, and the form with its duplicate checks. */
@Controller
@RequestMapping("/participants")
@RequiredArgsConstructor
class ParticipantController {

    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final ActionPlanService actionPlans;
    private final ActivityService activities;
    private final OrganisationService organisations;
    private final UserDirectory userNames;

    @GetMapping
    String list(@ModelAttribute("filter") ParticipantFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        model.addAttribute("page", participants.search(filter));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        return "participant/list";
    }

    /** Search as you type (htmx): people to enrol in an activity. */
    @GetMapping("/search")
    String quickSearch(@RequestParam(defaultValue = "") String q, @RequestParam long activity, Model model) {
        List<ParticipantRow> results = participants.quickSearch(q);
        model.addAttribute("results", results);
        model.addAttribute(
                "enrolled",
                enrolments.enrolledAmong(
                        activity, results.stream().map(ParticipantRow::id).toList()));
        model.addAttribute("query", q);
        model.addAttribute("searchable", ParticipantService.searchable(q));
        model.addAttribute("activityId", activity);
        model.addAttribute("roles", EnrolmentRole.values());
        return "participant/enrolment :: results";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("participant", participants.get(id));
        model.addAttribute("history", participants.history(id));
        model.addAttribute("plans", actionPlans.ofParticipant(id));
        return "participant/show";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long enrolIn, Model model) {
        ParticipantForm form = new ParticipantForm();
        form.setEnrolIn(enrolIn);
        model.addAttribute("form", form);
        return formView(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                Participant created = participants.create(form.toDetails(), form.isCreateAnyway());
                                if (form.getEnrolIn() != null) {
                                    return enrolAndReturn(form.getEnrolIn(), created, flash);
                                }
                                return Flash.saved(
                                        flash,
                                        Text.of("participant.form.created", created.fullName()),
                                        "/participants/" + created.getId());
                            } catch (ProbableDuplicates duplicates) {
                                model.addAttribute("duplicates", duplicates.matches());
                                return formView(model, null);
                            }
                        },
                        () -> formView(model, null));
    }

    /** "Use this person" from the duplicate list when the form came from an activity: enrol the existing one. */
    @PostMapping("/{id}/enrol")
    String enrolExisting(@PathVariable long id, @RequestParam long activity, RedirectAttributes flash) {
        return enrolAndReturn(activity, participants.get(id), flash);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Participant participant = participants.get(id);
        EditConflict.editForm(model, "form", ParticipantForm.of(participant), userNames);
        return formView(model, participant);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                Participant saved = participants.update(id, form.getVersion(), form.toDetails());
                                flash.addFlashAttribute("saved", Text.of("participant.form.saved", saved.fullName()));
                            } catch (InUseException refused) {
                                flash.addFlashAttribute("problem", refused.getMessage());
                            }
                            return "redirect:/participants/" + id;
                        },
                        () -> formView(model, participants.get(id)),
                        "/participants/" + id + "/edit",
                        () -> participants.get(id).staleEdit());
    }

    /** Enrols the person in the activity as a participant, registered, and goes to its participant list. */
    private String enrolAndReturn(long activityId, Participant person, RedirectAttributes flash) {
        return EnrolmentController.enrolAndReturn(
                flash,
                activityId,
                Text.of("participant.enrolment.enrolled.one", person.fullName()),
                () -> enrolments.enrol(
                        activityId, person.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED));
    }

    private String formView(Model model, Participant participant) {
        model.addAttribute("participant", participant);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("seniorities", Seniority.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("organisations", organisations.activeOptions());
        ParticipantForm form = (ParticipantForm) model.getAttribute("form");
        if (form != null && form.getEnrolIn() != null) {
            model.addAttribute("enrolActivity", activities.get(form.getEnrolIn()));
        }
        return "participant/form";
    }
}
