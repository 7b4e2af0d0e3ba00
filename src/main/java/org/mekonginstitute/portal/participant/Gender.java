package org.mekonginstitute.portal.participant;

/** How a participant describes their gender; results are reported disaggregated by it. */
public enum Gender {
    FEMALE("Female"),
    MALE("Male"),
    OTHER("Other"),
    UNDISCLOSED("Prefers not to say");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
