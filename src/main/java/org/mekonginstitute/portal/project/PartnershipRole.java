package org.mekonginstitute.portal.project;

/** What a partner organisation does in a project. */
public enum PartnershipRole {
    CO_ORGANISER("Co-organiser"),
    IMPLEMENTING_PARTNER("Implementing partner"),
    HOST("Host"),
    TECHNICAL_PARTNER("Technical partner"),
    GOVERNMENT_COUNTERPART("Government counterpart");

    private final String label;

    PartnershipRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
