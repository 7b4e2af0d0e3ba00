package org.mekonginstitute.portal.activity;

/**
 * What the participant feature holds for an activity (this feature does not know participants): an activity
 * with enrolments or action plans cannot be deleted, only cancelled.
 */
public interface ActivityDependents {

    /** A sentence naming what depends on the activity, or null when nothing does. */
    String describe(long activityId);
}
