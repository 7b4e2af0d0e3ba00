package org.mekonginstitute.portal.activity;

/** The kinds of activity the institute holds. Their colours live in portal.css (class {@code type-NAME}). */
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

    ActivityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
