package org.mekonginstitute.portal.activity;

/** How people take part: in the room, online, or both. */
public enum Modality {
    IN_PERSON("In person"),
    ONLINE("Online"),
    HYBRID("Hybrid");

    private final String label;

    Modality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
