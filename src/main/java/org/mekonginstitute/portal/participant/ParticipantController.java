package org.mekonginstitute.portal.participant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The participant registry: list and search, the person's page, the form with duplicate checks, merge, privacy. */
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
    private final ParticipantExport export;
    private final Clock clock;

    @GetMapping
    String list(@ModelAttribute("filter") ParticipantFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        model.addAttribute("page", participants.search(filter));
        model.addAttribute("genders", Gender.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        return "participant/list";
    }

    /** The list with its current search and filters as CSV for Excel (UTF-8 with a BOM). */
    @GetMapping("/export.csv")
    void export(
            @ModelAttribute("filter") ParticipantFilter filter,
            BindingResult ignoredBadFilterValues,
            HttpServletResponse response)
            throws IOException {
        ParticipantExport.attachment(response, "participants-" + LocalDate.now(clock) + ".csv");
        export.participants(filter, response.getOutputStream());
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
        if (errors.hasErrors()) {
            return formView(model, null);
        }
        try {
            Participant created = participants.create(form);
            if (form.getEnrolIn() != null) {
                return enrolAndReturn(form.getEnrolIn(), created.getId(), created.fullName(), flash);
            }
            flash.addFlashAttribute("saved", created.fullName() + " added to the registry.");
            return "redirect:/participants/" + created.getId();
        } catch (InvalidInput invalid) {
            invalid.addTo(errors);
        } catch (ProbableDuplicates duplicates) {
            model.addAttribute("duplicates", duplicates.matches());
        }
        return formView(model, null);
    }

    /** "Use this person" from the duplicate list when the form came from an activity: enrol the existing one. */
    @PostMapping("/{id}/enrol")
    String enrolExisting(@PathVariable long id, @RequestParam long activity, RedirectAttributes flash) {
        return enrolAndReturn(activity, id, participants.get(id).fullName(), flash);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Participant participant = participants.get(id);
        ParticipantForm current = ParticipantForm.of(participant);
        model.addAttribute("form", current);
        EditConflict.describe(model, current, userNames);
        return formView(model, participant);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ParticipantForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                Participant saved = participants.update(id, form);
                flash.addFlashAttribute("saved", saved.fullName() + " saved.");
                return "redirect:/participants/" + id;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (InUseException refused) {
                flash.addFlashAttribute("problem", refused.getMessage());
                return "redirect:/participants/" + id;
            } catch (StaleEditException stale) {
                return EditConflict.redirect("/participants/" + id + "/edit", form, stale, flash);
            } catch (OptimisticLockingFailureException race) {
                return EditConflict.redirect(
                        "/participants/" + id + "/edit", form, (participants.get(id)).staleEdit(), flash);
            }
        }
        return formView(model, participants.get(id));
    }

    /** Choose the record to merge into this one: probable duplicates first, or search by name. */
    @GetMapping("/{id}/merge")
    @PreAuthorize("hasRole('MANAGER')")
    String mergeForm(
            @PathVariable long id,
            @RequestParam(required = false) Long with,
            @RequestParam(required = false) String q,
            Model model) {
        Participant kept = participants.get(id);
        model.addAttribute("kept", kept);
        model.addAttribute("keptHistory", participants.history(id));
        if (with != null && with != id) {
            model.addAttribute("other", participants.get(with));
            model.addAttribute("otherHistory", participants.history(with));
        } else {
            model.addAttribute("candidates", participants.probableDuplicates(ParticipantForm.of(kept), id));
            model.addAttribute(
                    "results",
                    q == null
                            ? List.of()
                            : participants.quickSearch(q).stream()
                                    .filter(r -> r.id() != id)
                                    .toList());
            model.addAttribute("query", q);
        }
        return "participant/merge";
    }

    @PostMapping("/{id}/merge")
    @PreAuthorize("hasRole('MANAGER')")
    String merge(
            @PathVariable long id,
            @RequestParam(required = false) Long with,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes flash) {
        if (with == null) {
            flash.addFlashAttribute("problem", "Choose the record to merge into this one.");
            return "redirect:/participants/" + id + "/merge";
        }
        try {
            ParticipantService.MergeResult result = participants.merge(id, with, user.getUsername());
            flash.addFlashAttribute(
                    "saved",
                    "Merged: " + result.enrolmentsMoved() + " enrolment(s) and " + result.actionPlansMoved()
                            + " action plan(s) now belong to " + result.kept().fullName() + ".");
        } catch (InUseException refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/participants/" + id;
    }

    @GetMapping("/{id}/anonymise")
    @PreAuthorize("hasRole('ADMIN')")
    String confirmAnonymise(@PathVariable long id, Model model) {
        model.addAttribute("participant", participants.get(id));
        return "participant/anonymise";
    }

    @PostMapping("/{id}/anonymise")
    @PreAuthorize("hasRole('ADMIN')")
    String anonymise(@PathVariable long id, RedirectAttributes flash) {
        participants.anonymise(id);
        flash.addFlashAttribute(
                "saved",
                "The participant was anonymised. Gender, country, organisation type and attendance remain for the statistics.");
        return "redirect:/participants/" + id;
    }

    /** Everything held about the person, as JSON, for a subject access request. */
    @GetMapping("/{id}/data.json")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> exportData(@PathVariable long id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"participant-" + id + ".json\"")
                .body(participants.exportData(id));
    }

    private String enrolAndReturn(long activityId, long participantId, String name, RedirectAttributes flash) {
        try {
            List<String> warnings =
                    enrolments.enrol(activityId, participantId, EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED);
            flash.addFlashAttribute("saved", name + " enrolled.");
            flash.addFlashAttribute("warnings", warnings);
        } catch (InvalidInput refused) {
            flash.addFlashAttribute("problem", refused.problems().get(0).message());
        }
        return "redirect:/activities/" + activityId + "/participants";
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
