package org.mekonginstitute.portal.participant.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.shared.EmailAddress;
import org.mekonginstitute.portal.shared.PhoneNumber;
import org.springframework.beans.BeanUtils;

import java.io.Serializable;

/** A participant's details as typed. */
@Getter
@Setter
public class ParticipantForm implements Serializable {

    @Size(max = 30)
    private String title;

    @NotBlank(message = "Enter the given name.")
    @Size(max = 150)
    private String givenName;

    @Size(max = 150)
    private String familyName;

    @NotNull(message = "Choose the gender (or “Prefers not to say”).")
    private Gender gender;

    @NotBlank(message = "Choose the country.")
    private String country;

    @Size(max = 300)
    private String organisationName;

    private OrganisationType organisationType;

    private Long organisationId;

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

    private long version;

    /** Set when the user saw the probable duplicates and chose to create a new record anyway. */
    private boolean createAnyway;

    /** Enrol the new participant in this activity once created (from an activity's page). */
    private Long enrolIn;

    /** The person's details as typed, for the registry. */
    public ParticipantDetails toDetails() {
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

    /** The form of a registered person, to edit. */
    public static ParticipantForm of(Participant p) {
        ParticipantForm form = new ParticipantForm();
        BeanUtils.copyProperties(p, form);
        form.organisationId =
                p.getOrganisation() == null ? null : p.getOrganisation().getId();
        return form;
    }
}
