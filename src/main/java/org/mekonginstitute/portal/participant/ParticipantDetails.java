package org.mekonginstitute.portal.participant;

import org.mekonginstitute.portal.organisation.OrganisationType;

/**
 * What a participant's record says about the person, as the registry's form or a line of an import gives it.
 * {@code organisationId} links a registered organisation; {@code organisationName} and {@code organisationType} may
 * still name it differently.
 */
public record ParticipantDetails(
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
        boolean consentToContact) {}
