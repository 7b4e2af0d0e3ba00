package org.mekonginstitute.portal.project.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.Partnership;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Supplier;

/**
 * A project's funding lines, partnerships and components: added on the project page, edited on their own form.
 * A refused addition re-renders the project page with the form open and the messages beside the fields.
 */
@Controller
@RequestMapping("/projects/{id}")
@RequiredArgsConstructor
class ProjectPartsController {

    private static final String FUNDING = "funding";
    private static final String PARTNERS = "partners";
    private static final String COMPONENTS = "components";

    private final ProjectService projects;
    private final ProjectPage projectPage;
    private final OrganisationService organisations;
    private final UserDirectory userNames;

    // Funding lines

    /** The form to add a funding line: its own page, which the project page also fetches its form from (htmx). */
    @GetMapping("/funding/new")
    String newFunding(@PathVariable long id, Model model) {
        model.addAttribute("fundingForm", new FundingForm());
        model.addAttribute("organisations", organisations.activeOptions());
        return addPartView(
                id, FUNDING, Text.of("project.addPart.funding.title"), Text.of("project.funding.breadcrumb"), model);
    }

    @PostMapping("/funding")
    String addFunding(
            @PathVariable long id,
            @Valid @ModelAttribute("fundingForm") FundingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        form.checkPeriod(errors);
        return add(FUNDING, id, new FormSubmission(form, errors, flash), model, () -> {
            projects.addFunding(id, form.toTerms());
            return Text.of("project.funding.added");
        });
    }

    @GetMapping("/funding/{fundingId}/edit")
    String editFunding(@PathVariable long id, @PathVariable long fundingId, Model model) {
        EditConflict.editForm(model, "fundingForm", FundingForm.of(projects.fundingLine(id, fundingId)), userNames);
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
        form.checkPeriod(errors);
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            projects.updateFunding(id, fundingId, form.toTerms());
                            return done(Text.of("project.funding.saved"), id, FUNDING, flash);
                        },
                        () -> fundingView(id, fundingId, model),
                        "/projects/" + id + "/funding/" + fundingId + "/edit",
                        () -> projects.fundingLine(id, fundingId).staleEdit());
    }

    @PostMapping("/funding/{fundingId}/delete")
    String removeFunding(@PathVariable long id, @PathVariable long fundingId, RedirectAttributes flash) {
        projects.removeFunding(id, fundingId);
        return done(Text.of("project.funding.removed"), id, FUNDING, flash);
    }

    // Partnerships

    @GetMapping("/partners/new")
    String newPartner(@PathVariable long id, Model model) {
        model.addAttribute("partnershipForm", new PartnershipForm());
        model.addAttribute("organisations", organisations.activeOptions());
        model.addAttribute("roles", PartnershipRole.values());
        return addPartView(
                id,
                PARTNERS,
                Text.of("project.addPart.partner.title"),
                Text.of("project.addPart.partner.breadcrumb"),
                model);
    }

    @PostMapping("/partners")
    String addPartner(
            @PathVariable long id,
            @Valid @ModelAttribute("partnershipForm") PartnershipForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return add(PARTNERS, id, new FormSubmission(form, errors, flash), model, () -> {
            Partnership added = projects.addPartnership(id, form.getOrganisationId(), form.getRole());
            return Text.of(
                    "project.partner.added",
                    added.getOrganisation().displayName(),
                    added.getRole().label().toLowerCase());
        });
    }

    @PostMapping("/partners/{partnershipId}/delete")
    String removePartner(@PathVariable long id, @PathVariable long partnershipId, RedirectAttributes flash) {
        projects.removePartnership(id, partnershipId);
        return done(Text.of("project.partner.removed"), id, PARTNERS, flash);
    }

    // Components

    /** The form to add a component, numbered after the last: its own page, which the project page fetches too. */
    @GetMapping("/components/new")
    String newComponent(@PathVariable long id, Model model) {
        model.addAttribute("componentForm", ComponentForm.next(projects.components(id)));
        return addPartView(
                id, COMPONENTS, Text.of("project.show.components.add"), Text.of("project.component.breadcrumb"), model);
    }

    @PostMapping("/components")
    String addComponent(
            @PathVariable long id,
            @Valid @ModelAttribute("componentForm") ComponentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return add(COMPONENTS, id, new FormSubmission(form, errors, flash), model, () -> {
            projects.addComponent(id, form.toOutline());
            return Text.of("project.component.added", String.valueOf(form.getNumber()));
        });
    }

    @GetMapping("/components/{componentId}/edit")
    String editComponent(@PathVariable long id, @PathVariable long componentId, Model model) {
        EditConflict.editForm(model, "componentForm", ComponentForm.of(projects.component(id, componentId)), userNames);
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
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            projects.updateComponent(id, componentId, form.toOutline());
                            return done(
                                    Text.of("project.component.saved", String.valueOf(form.getNumber())),
                                    id,
                                    COMPONENTS,
                                    flash);
                        },
                        () -> componentView(id, componentId, model),
                        "/projects/" + id + "/components/" + componentId + "/edit",
                        () -> projects.component(id, componentId).staleEdit());
    }

    @PostMapping("/components/{componentId}/delete")
    String removeComponent(@PathVariable long id, @PathVariable long componentId, RedirectAttributes flash) {
        projects.removeComponent(id, componentId);
        return done(Text.of("project.component.removed"), id, COMPONENTS, flash);
    }

    /** Back to the part's section of the project page, saying what was done. */
    private static String done(String message, long id, String part, RedirectAttributes flash) {
        return Flash.saved(flash, message, "/projects/" + id + "#" + part);
    }

    /**
     * Adds a part, then goes back to its section saying what was added; refused, shows the project page again
     * with the part's form open and the messages beside the fields.
     */
    private String add(String part, long id, FormSubmission submission, Model model, Supplier<String> added) {
        return submission.save(() -> done(added.get(), id, part, submission.flash()), () -> {
            model.addAttribute("openForm", part);
            return projectPage.render(id, model);
        });
    }

    private String fundingView(long id, long fundingId, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("fundingId", fundingId);
        model.addAttribute("donors", organisations.options());
        return "project/funding";
    }

    private String addPartView(long id, String part, String title, String breadcrumb, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("part", part);
        model.addAttribute("partTitle", title);
        model.addAttribute("partBreadcrumb", breadcrumb);
        return "project/add-part";
    }

    private String componentView(long id, long componentId, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("componentId", componentId);
        return "project/component";
    }
}
