package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.organisation.Organisation;

/** An organisation named from another record (a donor, a partner, a host). */
public record OrganisationRef(long id, String name, String acronym) {

    static OrganisationRef of(Organisation organisation) {
        return organisation == null
                ? null
                : new OrganisationRef(organisation.getId(), organisation.getName(), organisation.getAcronym());
    }
}
