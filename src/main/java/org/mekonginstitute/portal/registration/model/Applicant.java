package org.mekonginstitute.portal.registration.model;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Seniority;

/** The person an application is for, as typed on the public form: the participant's own details. */
public record Applicant(
        String title,
        String givenName,
        String familyName,
        Gender gender,
        String country,
        String organisationName,
        OrganisationType organisationType,
        String position,
        Seniority seniority,
        String email,
        String phone,
        boolean consentToContact) {}
