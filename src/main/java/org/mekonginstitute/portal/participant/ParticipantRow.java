package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.organisation.OrganisationType;

/** One line of the participant list. */
public record ParticipantRow(
        long id,
        String title,
        String givenName,
        String familyName,
        Gender gender,
        String country,
        String organisationName,
        OrganisationType organisationType,
        String email,
        boolean anonymised) {

    public String fullName() {
        return Participant.fullName(title, givenName, familyName);
    }
}
