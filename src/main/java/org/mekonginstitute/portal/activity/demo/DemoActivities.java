package org.mekonginstitute.portal.activity.demo;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the demo activities are made with: the services, the demo staff member who plans them and the demo
 * manager who reviews them. Review steps are taken at ten in the morning Bangkok time on the day given.
 */
@RequiredArgsConstructor
final class DemoActivities {

    final ActivityService activities;
    final PortalUser staff;
    final PortalUser manager;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final JdbcTemplate jdbc;

    /** A new activity of the project with this code, planned by the staff member. */
    DemoActivity plan(String projectCode, ActivityType type, String title) {
        long projectId = projects.idOf(projectCode)
                .orElseThrow(() -> new IllegalStateException("Demo project missing: " + projectCode));
        return new DemoActivity(this, projectId, type, title);
    }

    long organisation(String acronym) {
        return organisations.options().stream()
                .filter(o -> acronym.equals(o.acronym()))
                .findFirst()
                .map(OrganisationOption::id)
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + acronym));
    }

    void step(long id, ReviewAction action, String comment, PortalUser user, String day) {
        activities.transition(
                id, action, comment, user, LocalDate.parse(day).atTime(10, 0).toInstant(ZoneOffset.ofHours(7)));
    }

    /** The manager shares the responsibility for some activities, so their dashboard lists them too. */
    void managerAlsoResponsible(long activityId) {
        jdbc.update("insert into activity_staff (activity_id, user_id) values (?, ?)", activityId, manager.id());
    }
}
