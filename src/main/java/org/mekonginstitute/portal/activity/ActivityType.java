package org.mekonginstitute.portal.activity;

import org.mekonginstitute.portal.shared.Labelled;

/**
 * The kinds of activity the institute holds, named in i18n/activity.properties. Their colours live in portal.css
 * (class {@code type-NAME}).
 */
public enum ActivityType implements Labelled {
    STRUCTURED_LEARNING_VISIT,
    TRAINING,
    CAPACITY_DEVELOPMENT_PROGRAM,
    TRAINING_OF_TRAINERS,
    EXPERT_MEETING,
    WORKSHOP,
    WEBINAR,
    CONSULTATION,
    EVALUATION_WORKSHOP
}
