package org.mekonginstitute.portal.organisation.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.ContactPerson;
import org.mekonginstitute.portal.organisation.OrganisationService;
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

/**
 * The contact persons of a donor or partner: added on the organisation's page, edited on their own form, by
 * administrators.
 */
@Controller
@RequestMapping("/organisations/{id}/contacts")
@RequiredArgsConstructor
class ContactPersonController {

    private final OrganisationService organisations;
    private final UserDirectory users;
    private final OrganisationPage organisationPage;

    @PostMapping
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
                            return done(Text.of("organisation.contact.added", added.getName()), id, flash);
                        },
                        () -> {
                            model.addAttribute("contactFormOpen", true);
                            return organisationPage.render(id, model);
                        });
    }

    @GetMapping("/{contactId}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String editContact(@PathVariable long id, @PathVariable long contactId, Model model) {
        ContactPerson contact = organisations.contact(id, contactId);
        EditConflict.editForm(model, "contactForm", ContactForm.of(contact), users);
        return contactView(id, contactId, model);
    }

    @PostMapping("/{contactId}")
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
                            return done(
                                    Text.of(
                                            "organisation.contact.saved",
                                            form.getName().strip()),
                                    id,
                                    flash);
                        },
                        () -> contactView(id, contactId, model),
                        "/organisations/" + id + "/contacts/" + contactId + "/edit",
                        () -> organisations.contact(id, contactId).staleEdit());
    }

    @PostMapping("/{contactId}/delete")
    @PreAuthorize("hasRole('ADMIN')")
    String removeContact(@PathVariable long id, @PathVariable long contactId, RedirectAttributes flash) {
        String name = organisations.contact(id, contactId).getName();
        organisations.removeContact(id, contactId);
        return done(Text.of("organisation.contact.removed", name), id, flash);
    }

    /** Back to the contacts on the organisation's page, saying what was done. */
    private static String done(String message, long id, RedirectAttributes flash) {
        return Flash.saved(flash, message, "/organisations/" + id + "#contacts");
    }

    private String contactView(long id, long contactId, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        model.addAttribute("contactId", contactId);
        return "organisation/contact";
    }
}
