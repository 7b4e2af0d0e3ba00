package org.mekonginstitute.portal.project.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.ProjectDetails;
import org.mekonginstitute.portal.project.ProjectService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The project page's overview: shown after GET, and again with an open form and its messages when adding a
 * funding line, partner or component was refused. Its statements do not grow with the data: the forms to add a
 * part (two with a drop-down of every organisation) come with the page only when they show again; closed, the
 * page fetches a form when it is opened (project/parts :: lazyPart).
 */
@Component
@RequiredArgsConstructor
class ProjectPage {

    private final ProjectService projects;
    private final OrganisationService organisations;

    String render(long id, Model model) {
        ProjectDetails details = projects.details(id);
        model.addAttribute("details", details);
        model.addAttribute("project", details.project());
        Object open = model.getAttribute("openForm");
        if ("funding".equals(open) || "partners".equals(open)) {
            model.addAttribute("organisations", organisations.activeOptions());
            model.addAttribute("roles", PartnershipRole.values());
        }
        return "project/show";
    }
}
