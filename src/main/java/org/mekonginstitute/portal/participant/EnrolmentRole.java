package org.mekonginstitute.portal.participant;

/** The part a person plays in an activity. */
public enum EnrolmentRole {
    PARTICIPANT("Participant"),
    RESOURCE_PERSON("Resource person"),
    FACILITATOR("Facilitator"),
    OBSERVER("Observer");

    private final String label;

    EnrolmentRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
