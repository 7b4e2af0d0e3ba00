package org.mekonginstitute.portal.organisation;

/** One line of the organisation list. */
public record OrganisationRow(
        long id, String name, String acronym, OrganisationType type, String country, boolean active, int contacts) {}
