package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.Seniority;

/**
 * A person in the registry. Email and phone are given only for people who consented to be contacted; an
 * anonymised person has no personal data at all, only what the statistics keep.
 */
public record ParticipantDetail(
        long id,
        String title,
        String givenName,
        String familyName,
        Gender gender,
        String country,
        String organisationName,
        OrganisationType organisationType,
        Long organisationId,
        String position,
        Seniority seniority,
        String email,
        String phone,
        boolean consentToContact,
        boolean anonymised,
        long version)
        implements Versions.Versioned {

    static ParticipantDetail of(Participant p) {
        if (p.isAnonymised()) {
            return new ParticipantDetail(
                    p.getId(),
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
                    false,
                    true,
                    p.getVersion());
        }
        boolean contact = p.isConsentToContact();
        return new ParticipantDetail(
                p.getId(),
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
                contact,
                false,
                p.getVersion());
    }
}
