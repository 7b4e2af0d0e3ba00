package org.mekonginstitute.portal.organisation.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.PageForms;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * An organisation's page: what it is, what it funds and where it partners, and its contact persons. Shown after
 * GET, and again with the contact form open and its messages when adding a contact person was refused.
 */
@Component
@RequiredArgsConstructor
class OrganisationPage {

    private final OrganisationService organisations;

    String render(long id, Model model) {
        model.addAttribute("organisation", organisations.get(id));
        model.addAttribute("involvement", organisations.involvementOf(id));
        PageForms.blankUnlessTyped(model, "contactForm", ContactForm::new);
        return "organisation/show";
    }
}
