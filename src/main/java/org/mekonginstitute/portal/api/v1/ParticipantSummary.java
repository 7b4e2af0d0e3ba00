package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.ParticipantRow;

/**
 * A person as lists show them, without contact details. An anonymised person has no name or organisation left:
 * only what the statistics keep (gender, country, organisation type).
 */
public record ParticipantSummary(
        long id,
        String title,
        String givenName,
        String familyName,
        Gender gender,
        String country,
        String organisationName,
        OrganisationType organisationType,
        boolean anonymised) {

    static ParticipantSummary of(ParticipantRow row) {
        if (row.anonymised()) {
            return new ParticipantSummary(
                    row.id(), null, null, null, row.gender(), row.country(), null, row.organisationType(), true);
        }
        return new ParticipantSummary(
                row.id(),
                row.title(),
                row.givenName(),
                row.familyName(),
                row.gender(),
                row.country(),
                row.organisationName(),
                row.organisationType(),
                false);
    }

    /** The person without contact details, as the detail shows them (an anonymised person included). */
    static ParticipantSummary of(ParticipantDetail detail) {
        ParticipantDetails person = detail.person();
        return new ParticipantSummary(
                detail.id(),
                person.title(),
                person.givenName(),
                person.familyName(),
                person.gender(),
                person.country(),
                person.organisationName(),
                person.organisationType(),
                detail.anonymised());
    }
}
