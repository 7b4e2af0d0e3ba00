package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.shared.EmailAddress;
import org.mekonginstitute.portal.shared.PhoneNumber;

/**
 * A person another system sends in, with the rules of the participant form. A probable duplicate (the same email,
 * or a similar name in the same country) is answered 409 with the matches, unless {@code createAnyway}.
 */
public record ParticipantRequest(
        @Size(max = 30) String title,

        @NotBlank(message = "Enter the given name.") @Size(max = 150)
        String givenName,

        @Size(max = 150) String familyName,

        @NotNull(message = "Choose the gender (or UNDISCLOSED).")
        Gender gender,

        @Schema(description = "ISO 3166-1 alpha-2", example = "KH") @NotBlank(message = "Choose the country.")
        String country,

        @Size(max = 300) String organisationName,

        OrganisationType organisationType,
        Long organisationId,

        @Size(max = 200) String position,

        Seniority seniority,

        @Size(max = 254) @EmailAddress String email,

        @Size(max = 50) @PhoneNumber String phone,

        Boolean consentToContact,
        Boolean createAnyway) {

    ParticipantDetails toDetails() {
        return new ParticipantDetails(
                title,
                givenName,
                familyName,
                gender,
                country,
                organisationName,
                organisationType,
                organisationId,
                position,
                seniority,
                email,
                phone,
                Boolean.TRUE.equals(consentToContact));
    }

    boolean createsAnyway() {
        return Boolean.TRUE.equals(createAnyway);
    }
}
