package org.mekonginstitute.portal.activity;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectActivities;
import org.springframework.stereotype.Component;

/** Tells the project feature how many activities a project has (a project with any cannot be deleted). */
@Component
@RequiredArgsConstructor
class ProjectActivityCount implements ProjectActivities {

    private final ActivityRepository activities;

    @Override
    public long countFor(long projectId) {
        return activities.countByProjectId(projectId);
    }
}
