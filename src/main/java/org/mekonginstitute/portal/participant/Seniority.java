package org.mekonginstitute.portal.participant;

/** How senior a participant is in their organisation. */
public enum Seniority {
    JUNIOR("Junior"),
    MIDDLE("Middle level"),
    SENIOR("Senior"),
    EXECUTIVE("Executive");

    private final String label;

    Seniority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
