package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** The kinds of activity the institute holds. Their colours live in portal.css (class {@code type-NAME}). */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ActivityType {
    STRUCTURED_LEARNING_VISIT("Structured learning visit"),
    TRAINING("Training"),
    CAPACITY_DEVELOPMENT_PROGRAM("Capacity development programme"),
    TRAINING_OF_TRAINERS("Training of trainers"),
    EXPERT_MEETING("Expert meeting"),
    WORKSHOP("Workshop"),
    WEBINAR("Webinar"),
    CONSULTATION("Consultation"),
    EVALUATION_WORKSHOP("Evaluation workshop");

    private final String label;
}
