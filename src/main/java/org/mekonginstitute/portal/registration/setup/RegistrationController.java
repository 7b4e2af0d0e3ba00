package org.mekonginstitute.portal.registration.setup;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.registration.model.Asked;
import org.mekonginstitute.portal.registration.model.DecisionRefused;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.registration.model.RegistrationLink;
import org.mekonginstitute.portal.registration.model.RegistrationMode;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.PortalAddress;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

/** An activity's registration: its settings, and the links through which partners nominate and people register. */
@Controller
@RequestMapping("/activities/{id}/registration")
@RequiredArgsConstructor
class RegistrationController {

    private final RegistrationService registrations;
    private final ActivityService activities;
    private final OrganisationService organisations;
    private final PortalAddress address;
    private final UserDirectory userNames;
    private final Clock clock;

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Activity activity = activities.get(id);
        RegistrationForm form = registrations
                .of(id)
                .map(RegistrationForm::of)
                .orElseGet(
                        () -> RegistrationForm.proposedFor(activity, LocalDate.now(clock.withZone(Dates.HOME_ZONE))));
        model.addAttribute("form", form);
        EditConflict.describe(model, form, userNames);
        return page(id, model);
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        String here = "/activities/" + id + "/registration";
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                registrations.save(id, form.toSettings());
                                flash.addFlashAttribute("saved", Text.of("registration.settings.saved"));
                            } catch (DecisionRefused refused) {
                                flash.addFlashAttribute("problem", refused.getMessage());
                            }
                            return "redirect:" + here;
                        },
                        () -> page(id, model),
                        here,
                        () -> registrations.of(id).orElseThrow().staleEdit());
    }

    /** Issues a partner's nomination link ({@code organisationId}) or, without one, the open registration link. */
    @PostMapping("/links")
    String issue(
            @PathVariable long id, @RequestParam(required = false) String organisationId, RedirectAttributes flash) {
        return act(id, flash, () -> {
            if (organisationId == null || organisationId.isBlank()) {
                registrations.openLink(id);
                return Text.of("registration.links.open.issued");
            }
            RegistrationLink link = registrations.invite(id, partner(organisationId));
            return Text.of(
                    "registration.links.partner.issued", link.getOrganisation().getName());
        });
    }

    @PostMapping("/links/{linkId}/revoke")
    String revoke(@PathVariable long id, @PathVariable long linkId, RedirectAttributes flash) {
        return act(id, flash, () -> {
            registrations.revoke(id, linkId);
            return Text.of("registration.links.revoked");
        });
    }

    @PostMapping("/links/{linkId}/reissue")
    String reissue(@PathVariable long id, @PathVariable long linkId, RedirectAttributes flash) {
        return act(id, flash, () -> {
            registrations.reissue(id, linkId);
            return Text.of("registration.links.reissued");
        });
    }

    private String page(long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("registration", registrations.of(id).orElse(null));
        model.addAttribute("links", registrations.links(id));
        model.addAttribute("partners", organisations.activeOptions());
        model.addAttribute("modes", RegistrationMode.values());
        model.addAttribute("questions", Question.values());
        model.addAttribute("askedChoices", Asked.values());
        model.addAttribute("address", address);
        return "registration/settings";
    }

    private static String act(long id, RedirectAttributes flash, Supplier<String> action) {
        try {
            flash.addFlashAttribute("saved", action.get());
        } catch (DecisionRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        } catch (InvalidInput invalid) {
            flash.addFlashAttribute("problem", invalid.problems().get(0).message());
        }
        return "redirect:/activities/" + id + "/registration#links";
    }

    private static long partner(String organisationId) {
        try {
            return Long.parseLong(organisationId.strip());
        } catch (NumberFormatException notAnId) {
            throw new InvalidInput(java.util.List.of(
                    new InvalidInput.Problem("organisationId", Text.of("registration.links.partner.unknown"))));
        }
    }
}
