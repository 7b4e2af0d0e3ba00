package org.mekonginstitute.portal.api.v1;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityForm;
import org.mekonginstitute.portal.activity.ActivityRow;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities over the API: read through the activity service's read models, written through the same service and
 * rules as the activity form, each write audited as its token owner's change.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class ActivityResources {

    private final ActivityService activities;
    private final ProjectService projects;
    private final RequestChecks checks;

    CursorPage<ActivitySummary> list(ListQueries.Activities query, ListQueries.Page page) {
        Cursor.Rows<ActivityRow> rows = (after, limit) -> {
            ProjectChoice project = projects.choice(query.project());
            if (project.unknown()) {
                throw new BadParameter("project", project.error());
            }
            return activities.after(query.filter(), project, after, limit);
        };
        return Cursor.read(page, rows, ActivityRow::id, ActivitySummary::new);
    }

    ActivityDetail get(long id) {
        return ActivityDetail.of(activities.get(id));
    }

    @Transactional
    ActivityDetail create(long projectId, ActivityRequest request) {
        projects.get(projectId);
        ActivityForm form = checked(request, 0);
        Activity created = activities.create(projectId, form.toPlan());
        return ActivityDetail.of(activities.get(created.getId()));
    }

    @Transactional
    ActivityDetail update(long id, long version, ActivityRequest request, PortalUser user) {
        activities.get(id);
        ActivityForm form = checked(request, version);
        activities.update(id, form.toPlan(), user);
        return ActivityDetail.of(activities.get(id));
    }

    private ActivityForm checked(ActivityRequest request, long version) {
        ActivityForm form = request.toForm(version); // its text fields are the request's, checked with the rest
        checks.check(form, form::checkDates);
        return form;
    }
}
