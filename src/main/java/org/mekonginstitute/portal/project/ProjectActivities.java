package org.mekonginstitute.portal.project;

/**
 * What the activity feature tells about a project's activities (this feature does not know activities): a
 * project that has any cannot be deleted, only cancelled.
 */
public interface ProjectActivities {

    /** Asked inside the project service's transaction, which the count reads in. */
    long countFor(long projectId);
}
