package org.mekonginstitute.portal.organisation;

/** What kind of body a donor or partner is. */
public enum OrganisationType {
    DONOR_AGENCY("Donor agency"),
    GOVERNMENT_AGENCY("Government agency"),
    INTERGOVERNMENTAL_ORGANISATION("Intergovernmental organisation"),
    SECRETARIAT("Secretariat"),
    NGO("NGO"),
    NETWORK("Network"),
    ACADEMIC("Academic"),
    PRIVATE_SECTOR("Private sector"),
    MEDIA("Media"),
    RECRUITMENT_AGENCY("Recruitment agency"),
    FOUNDATION("Foundation");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
