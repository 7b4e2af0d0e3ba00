package org.mekonginstitute.portal.api.v1;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantDetails;

/**
 * A person in the registry: their details as the registry keeps them, written out beside the id. Email and phone
 * are given only for people who consented to be contacted; an anonymised person has no personal data at all, only
 * what the statistics keep.
 */
public record ParticipantDetail(long id, @JsonUnwrapped ParticipantDetails person, boolean anonymised, long version)
        implements Versions.Versioned {

    static ParticipantDetail of(Participant p) {
        if (p.isAnonymised()) {
            ParticipantDetails kept = new ParticipantDetails(
                    null,
                    null,
                    null,
                    p.getGender(),
                    p.getCountry(),
                    null,
                    p.getOrganisationType(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    false);
            return new ParticipantDetail(p.getId(), kept, true, p.getVersion());
        }
        boolean contact = p.isConsentToContact();
        ParticipantDetails person = new ParticipantDetails(
                p.getTitle(),
                p.getGivenName(),
                p.getFamilyName(),
                p.getGender(),
                p.getCountry(),
                p.getOrganisationName(),
                p.getOrganisationType(),
                p.getOrganisation() == null ? null : p.getOrganisation().getId(),
                p.getPosition(),
                p.getSeniority(),
                contact ? p.getEmail() : null,
                contact ? p.getPhone() : null,
                contact);
        return new ParticipantDetail(p.getId(), person, false, p.getVersion());
    }
}
