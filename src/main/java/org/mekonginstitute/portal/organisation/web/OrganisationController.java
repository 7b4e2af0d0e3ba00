package org.mekonginstitute.portal.organisation.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.ContactPerson;
import org.mekonginstitute.portal.organisation.DuplicateOrganisationException;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationFilter;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Deletion;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.FormSubmission;
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

    @GetMapping
    String list(
            @ModelAttribute("filter") OrganisationFilter filter, BindingResult ignoredBadFilterValues, Model model) {
        model.addAttribute("page", organisations.search(filter));
        model.addAttribute("types", OrganisationType.values());
        return "organisation/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Organisation organisation = organisations.get(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("involvement", organisations.involvementOf(id));
        if (!model.containsAttribute("contactForm")) {
            model.addAttribute("contactForm", new ContactForm());
        }
        return "organisation/show";
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
        OrganisationForm current = OrganisationForm.of(organisation);
        model.addAttribute("form", current);
        EditConflict.describe(model, current, users);
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
        flash.addFlashAttribute("saved", "Deactivated: it no longer appears in pickers.");
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/{id}/activate")
    @PreAuthorize("hasRole('ADMIN')")
    String activate(@PathVariable long id, RedirectAttributes flash) {
        organisations.setActive(id, true);
        flash.addFlashAttribute("saved", "Active again.");
        return "redirect:/organisations/" + id;
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
                .delete(() -> organisations.delete(id), "/organisations/" + id, name + " deleted.", "/organisations");
    }

    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasRole('ADMIN')")
    String addContact(
            @PathVariable long id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            ContactPerson added = organisations.addContact(id, form.toDetails());
                            flash.addFlashAttribute("saved", "Contact " + added.getName() + " added.");
                            return "redirect:/organisations/" + id + "#contacts";
                        },
                        () -> {
                            model.addAttribute("contactFormOpen", true);
                            return show(id, model);
                        });
    }

    @GetMapping("/{id}/contacts/{contactId}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
        ContactPerson contact = organisations.contact(id, contactId);
        ContactForm current = ContactForm.of(contact);
        model.addAttribute("contactForm", current);
        EditConflict.describe(model, current, users);
        return contactView(id, contactId, model);
    }

    @PostMapping("/{id}/contacts/{contactId}")
    @PreAuthorize("hasRole('ADMIN')")
    String updateContact(
            @PathVariable long id,
            @PathVariable long contactId,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            organisations.updateContact(id, contactId, form.toDetails());
                            flash.addFlashAttribute(
                                    "saved", "Contact " + form.getName().strip() + " saved.");
                            return "redirect:/organisations/" + id + "#contacts";
                        },
                        () -> contactView(id, contactId, model),
                        "/organisations/" + id + "/contacts/" + contactId + "/edit",
                        () -> organisations.contact(id, contactId).staleEdit());
    }

    @PostMapping("/{id}/contacts/{contactId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes flash) {
        String name = organisations.contact(id, contactId).getName();
        organisations.removeContact(id, contactId);
        flash.addFlashAttribute("saved", "Contact " + name + " removed.");
        return "redirect:/organisations/" + id + "#contacts";
    }

    private void checkCountry(OrganisationForm form, BindingResult errors) {
        if (form.getCountry() != null && !form.getCountry().isBlank() && !countries.isValid(form.getCountry())) {
            errors.rejectValue("country", "unknown", "Choose a country from the list.");
        }
    }

    private String register(OrganisationForm form, RedirectAttributes flash) {
        Organisation created = organisations.register(form.toProfile());
        flash.addFlashAttribute("saved", created.displayName() + " registered.");
        return "redirect:/organisations/" + created.getId();
    }

    private String saveChanges(long id, OrganisationForm form, RedirectAttributes flash) {
        Organisation saved = organisations.update(id, form.toProfile());
        flash.addFlashAttribute("saved", saved.displayName() + " saved.");
        return "redirect:/organisations/" + id;
    }

    /** Saves, or shows the form again naming the organisation already registered under this name. */
    private static String unlessDuplicate(
            Supplier<String> save, BindingResult errors, Model model, Supplier<String> formAgain) {
        try {
            return save.get();
        } catch (DuplicateOrganisationException duplicate) {
            errors.rejectValue(
                    "name",
                    "duplicate",
                    "An organisation with this name is already registered: " + duplicate.getExistingName() + ".");
            model.addAttribute("existingId", duplicate.getExistingId());
            return formAgain.get();
        }
    }

    private String contactView(long id, long contactId, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        model.addAttribute("contactId", contactId);
        return "organisation/contact";
    }

    private String formView(Model model, Organisation organisation) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", OrganisationType.values());
        return "organisation/form";
    }
}
