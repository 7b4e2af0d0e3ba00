package org.mekonginstitute.portal.document.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.document.RecordType;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.participant.ActionPlanService;
import org.mekonginstitute.portal.project.ProjectService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The top of a record's documents page: the record itself, as its own pages show it (a project's or an activity's
 * header with its tabs; the name of an action plan or organisation with a way back). Asking for a record that does
 * not exist is a 404, as on its own page.
 */
@Component
@RequiredArgsConstructor
class RecordHeader {

    private final ProjectService projects;
    private final ActivityService activities;
    private final ActionPlanService actionPlans;
    private final OrganisationService organisations;

    /** Puts the record in the model and answers its name. */
    String describe(RecordType type, long id, Model model) {
        model.addAttribute("recordType", type);
        model.addAttribute("recordId", id);
        return switch (type) {
            case PROJECT -> {
                var project = projects.get(id);
                model.addAttribute("project", project);
                yield project.getCode();
            }
            case ACTIVITY -> {
                var activity = activities.get(id);
                model.addAttribute("activity", activity);
                yield activity.getTitle();
            }
            case ACTION_PLAN -> {
                var plan = actionPlans.get(id);
                model.addAttribute("recordName", plan.getTitle());
                yield plan.getTitle();
            }
            case ORGANISATION -> {
                var organisation = organisations.get(id);
                model.addAttribute("recordName", organisation.displayName());
                yield organisation.displayName();
            }
        };
    }
}
