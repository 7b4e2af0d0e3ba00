package org.mekonginstitute.portal.activity.demo;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.system.DemoTables;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities of the seeds under their projects, in a mix of statuses so the calendar and the review queue
 * have something to show; the upcoming ones belong to the ongoing ACMECS secretariat support.
 */
@Component
@Order(40)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class ActivityDemoData implements ApplicationRunner {

    private final ActivityService activities;
    private final ProjectService projects;
    private final OrganisationService organisations;
    private final UserService users;
    private final JdbcTemplate jdbc;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!DemoTables.empty(jdbc, "activity")) {
            return;
        }
        DemoActivities demo = new DemoActivities(
                activities,
                users.actingAs("staff@demo.mekonginstitute.org"),
                users.actingAs("manager@demo.mekonginstitute.org"),
                projects,
                organisations,
                jdbc);
        AcmecsDemoActivities.load(demo);
        LabourMigrationDemoActivities.load(demo);
        SecretariatDemoActivities.load(demo);
    }
}
