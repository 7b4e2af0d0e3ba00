package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.organisation.OrganisationRow;
import org.mekonginstitute.portal.organisation.OrganisationType;

/** A donor or partner as lists show it. */
public record OrganisationSummary(
        long id, String name, String acronym, OrganisationType type, String country, boolean active) {

    static OrganisationSummary of(OrganisationRow row) {
        return new OrganisationSummary(row.id(), row.name(), row.acronym(), row.type(), row.country(), row.active());
    }
}
