package org.mekonginstitute.portal.project;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's funding lines, partnerships and components: added on the project page, edited on their own form.
 * A refused addition re-renders the project page with the form open and the messages beside the fields.
 */
@Controller
@RequestMapping("/projects/{id}")
@RequiredArgsConstructor
class ProjectPartsController {

    private final ProjectService projects;
    private final ProjectPage projectPage;
    private final OrganisationService organisations;
    private final UserDirectory userNames;

    // Funding lines

    /** The form to add a funding line: its own page, which the project page also fetches its form from (htmx). */
    @GetMapping("/funding/new")
    String newFunding(@PathVariable long id, Model model) {
        model.addAttribute("fundingForm", new FundingForm());
        return addPartView(id, "funding", model);
    }

    @PostMapping("/funding")
    String addFunding(
            @PathVariable long id,
            @Valid @ModelAttribute("fundingForm") FundingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        form.checkPeriod(errors);
        if (!errors.hasErrors()) {
            try {
                projects.addFunding(id, form.toTerms());
                flash.addFlashAttribute("saved", "Funding line added.");
                return "redirect:/projects/" + id + "#funding";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("openForm", "funding");
        return projectPage.render(id, model);
    }

    @GetMapping("/funding/{fundingId}/edit")
    String editFunding(@PathVariable long id, @PathVariable long fundingId, Model model) {
        FundingForm current = FundingForm.of(projects.fundingLine(id, fundingId));
        model.addAttribute("fundingForm", current);
        EditConflict.describe(model, current, userNames);
        return fundingView(id, fundingId, model);
    }

    @PostMapping("/funding/{fundingId}")
    String updateFunding(
            @PathVariable long id,
            @PathVariable long fundingId,
            @Valid @ModelAttribute("fundingForm") FundingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        String formUrl = "/projects/" + id + "/funding/" + fundingId + "/edit";
        form.checkPeriod(errors);
        if (!errors.hasErrors()) {
            try {
                projects.updateFunding(id, fundingId, form.toTerms());
                flash.addFlashAttribute("saved", "Funding line saved.");
                return "redirect:/projects/" + id + "#funding";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (StaleEditException stale) {
                return EditConflict.redirect(formUrl, form, stale, flash);
            } catch (OptimisticLockingFailureException race) {
                return EditConflict.redirect(formUrl, form, (projects.fundingLine(id, fundingId)).staleEdit(), flash);
            }
        }
        return fundingView(id, fundingId, model);
    }

    @PostMapping("/funding/{fundingId}/delete")
    String removeFunding(@PathVariable long id, @PathVariable long fundingId, RedirectAttributes flash) {
        projects.removeFunding(id, fundingId);
        flash.addFlashAttribute("saved", "Funding line removed.");
        return "redirect:/projects/" + id + "#funding";
    }

    // Partnerships

    @GetMapping("/partners/new")
    String newPartner(@PathVariable long id, Model model) {
        model.addAttribute("partnershipForm", new PartnershipForm());
        return addPartView(id, "partners", model);
    }

    @PostMapping("/partners")
    String addPartner(
            @PathVariable long id,
            @Valid @ModelAttribute("partnershipForm") PartnershipForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                Partnership added = projects.addPartnership(id, form.getOrganisationId(), form.getRole());
                flash.addFlashAttribute(
                        "saved",
                        added.getOrganisation().displayName() + " added as "
                                + added.getRole().label().toLowerCase() + ".");
                return "redirect:/projects/" + id + "#partners";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("openForm", "partners");
        return projectPage.render(id, model);
    }

    @PostMapping("/partners/{partnershipId}/delete")
    String removePartner(@PathVariable long id, @PathVariable long partnershipId, RedirectAttributes flash) {
        projects.removePartnership(id, partnershipId);
        flash.addFlashAttribute("saved", "Partner removed.");
        return "redirect:/projects/" + id + "#partners";
    }

    // Components

    @PostMapping("/components")
    String addComponent(
            @PathVariable long id,
            @Valid @ModelAttribute("componentForm") ComponentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                projects.addComponent(id, form.toOutline());
                flash.addFlashAttribute("saved", "Component " + form.getNumber() + " added.");
                return "redirect:/projects/" + id + "#components";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("openForm", "components");
        return projectPage.render(id, model);
    }

    @GetMapping("/components/{componentId}/edit")
    String editComponent(@PathVariable long id, @PathVariable long componentId, Model model) {
        ComponentForm current = ComponentForm.of(projects.component(id, componentId));
        model.addAttribute("componentForm", current);
        EditConflict.describe(model, current, userNames);
        return componentView(id, componentId, model);
    }

    @PostMapping("/components/{componentId}")
    String updateComponent(
            @PathVariable long id,
            @PathVariable long componentId,
            @Valid @ModelAttribute("componentForm") ComponentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        String formUrl = "/projects/" + id + "/components/" + componentId + "/edit";
        if (!errors.hasErrors()) {
            try {
                projects.updateComponent(id, componentId, form.toOutline());
                flash.addFlashAttribute("saved", "Component " + form.getNumber() + " saved.");
                return "redirect:/projects/" + id + "#components";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (StaleEditException stale) {
                return EditConflict.redirect(formUrl, form, stale, flash);
            } catch (OptimisticLockingFailureException race) {
                return EditConflict.redirect(formUrl, form, (projects.component(id, componentId)).staleEdit(), flash);
            }
        }
        return componentView(id, componentId, model);
    }

    @PostMapping("/components/{componentId}/delete")
    String removeComponent(@PathVariable long id, @PathVariable long componentId, RedirectAttributes flash) {
        projects.removeComponent(id, componentId);
        flash.addFlashAttribute("saved", "Component removed.");
        return "redirect:/projects/" + id + "#components";
    }

    private String fundingView(long id, long fundingId, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("fundingId", fundingId);
        model.addAttribute("donors", organisations.options());
        return "project/funding";
    }

    private String addPartView(long id, String part, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("part", part);
        model.addAttribute("organisations", organisations.activeOptions());
        model.addAttribute("roles", PartnershipRole.values());
        return "project/add-part";
    }

    private String componentView(long id, long componentId, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("componentId", componentId);
        return "project/component";
    }
}
