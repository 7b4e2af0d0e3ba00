package org.mekonginstitute.portal.organisation.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.DuplicateOrganisationException;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationFilter;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Deletion;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The donor and partner register: everyone reads it, administrators keep it. */
@Controller
@RequestMapping("/organisations")
@RequiredArgsConstructor
class OrganisationController {

    private final OrganisationService organisations;
    private final Countries countries;
    private final UserDirectory users;
    private final OrganisationPage organisationPage;

    @GetMapping
    String list(
            @ModelAttribute("filter") OrganisationFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        model.addAttribute("page", organisations.search(filter));
        model.addAttribute("types", OrganisationType.values());
        return "organisation/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return organisationPage.render(id, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMIN')")
    String createForm(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return formView(model, null);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    String create(
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        checkCountry(form, errors);
        Supplier<String> formAgain = () -> formView(model, null);
        return new FormSubmission(form, errors, flash)
                .save(() -> unlessDuplicate(() -> register(form, flash), errors, model, formAgain), formAgain);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editForm(@PathVariable long id, Model model) {
        Organisation organisation = organisations.get(id);
        EditConflict.editForm(model, "form", OrganisationForm.of(organisation), users);
        return formView(model, organisation);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OrganisationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        checkCountry(form, errors);
        Supplier<String> formAgain = () -> formView(model, organisations.get(id));
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> unlessDuplicate(() -> saveChanges(id, form, flash), errors, model, formAgain),
                        formAgain,
                        "/organisations/" + id + "/edit",
                        () -> organisations.get(id).staleEdit());
    }

    @PostMapping("/{id}/deactivate")
    @PreAuthorize("hasRole('ADMIN')")
    String deactivate(@PathVariable long id, RedirectAttributes flash) {
        organisations.setActive(id, false);
        return Flash.saved(flash, Text.of("organisation.deactivated"), "/organisations/" + id);
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('ADMIN')")
    String activate(@PathVariable long id, RedirectAttributes flash) {
        organisations.setActive(id, true);
        return Flash.saved(flash, Text.of("organisation.activated"), "/organisations/" + id);
    }

    @GetMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String confirmDelete(@PathVariable long id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        model.addAttribute("involvement", organisations.involvementOf(id));
        return "organisation/delete";
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String delete(@PathVariable long id, RedirectAttributes flash) {
        String name = organisations.get(id).displayName();
        return new Deletion(flash)
                .delete(
                        () -> organisations.delete(id),
                        "/organisations/" + id,
                        Text.of("organisation.deleted", name),
                        "/organisations");
    }

    private String register(OrganisationForm form, RedirectAttributes flash) {
        Organisation created = organisations.register(form.toProfile());
        return Flash.saved(
                flash, Text.of("organisation.registered", created.displayName()), "/organisations/" + created.getId());
    }

    private String saveChanges(long id, OrganisationForm form, RedirectAttributes flash) {
        Organisation saved = organisations.update(id, form.toProfile());
        return Flash.saved(flash, Text.of("organisation.saved", saved.displayName()), "/organisations/" + id);
    }

    /** Saves, or shows the form again naming the organisation already registered under this name. */
    private static String unlessDuplicate(
            Supplier<String> save, BindingResult errors, Model model, Supplier<String> formAgain) {
        try {
            return save.get();
        } catch (DuplicateOrganisationException duplicate) {
            errors.rejectValue(
                    "name", "duplicate", Text.of("organisation.form.name.taken", duplicate.getExistingName()));
            model.addAttribute("existingId", duplicate.getExistingId());
            return formAgain.get();
        }
    }

    private void checkCountry(OrganisationForm form, BindingResult errors) {
        if (form.getCountry() != null && !form.getCountry().isBlank() && !countries.isValid(form.getCountry())) {
            errors.rejectValue("country", "unknown", Text.of("organisation.form.country.unknown"));
        }
    }

    private String formView(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", OrganisationType.values());
        return "organisation/form";
    }
}
