package org.mekonginstitute.portal.organisation;

/** An organisation as a picker shows it. */
public record OrganisationOption(long id, String name, String acronym, OrganisationType type, boolean active) {

    public String label() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }
}
