package org.mekonginstitute.portal.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.EmailAddress;
import org.mekonginstitute.portal.shared.PhoneNumber;

import java.io.Serializable;

/**
 * A person's details as a form takes them, with the registry's limits: the registry's own form and the public
 * registration form ask for the same things and refuse the same input.
 */
@Getter
@Setter
public abstract class PersonForm implements Serializable {

    @Size(max = 30)
    private String title;

    @NotBlank(message = "{participant.form.givenName.required}")
    @Size(max = 150)
    private String givenName;

    @Size(max = 150)
    private String familyName;

    @NotNull(message = "{participant.form.gender.required}")
    private Gender gender;

    @NotBlank(message = "{participant.form.country.required}")
    private String country;

    @Size(max = 300)
    private String organisationName;

    private OrganisationType organisationType;

    @Size(max = 200)
    private String position;

    private Seniority seniority;

    @Size(max = 254)
    @EmailAddress
    private String email;

    @Size(max = 50)
    @PhoneNumber
    private String phone;

    private boolean consentToContact;

    /** The person as typed, for the registry; {@code organisationId} links a registered organisation, if any. */
    protected ParticipantDetails details(Long organisationId) {
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
                consentToContact);
    }
}
