package org.mekonginstitute.portal.activity;

/**
 * What the participant feature holds for an activity (this feature does not know participants): an activity
 * with enrolments or action plans cannot be deleted, only cancelled.
 */
public interface ActivityDependents {

    /**
     * A sentence naming what depends on the activity, or null when nothing does. Asked inside the activity service's
     * transaction, which the answer reads in.
     */
    String describe(long activityId);
}
