package org.mekonginstitute.portal.registration.apply;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.registration.model.Answers;
import org.mekonginstitute.portal.registration.model.Applicant;
import org.mekonginstitute.portal.registration.model.Nominator;
import org.mekonginstitute.portal.shared.EmailAddress;
import org.mekonginstitute.portal.shared.PhoneNumber;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The public registration form as typed: the person, the answers to the questions asked, who nominates them (on a
 * partner's link), the consent, and a field only robots fill in.
 */
@Getter
@Setter
@NoArgsConstructor
public class ApplicationForm implements Serializable {

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

    @Size(max = 500)
    private String dietaryNeeds;

    @Size(max = 200)
    private String passportName;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate arrivalDate;

    @Size(max = 1000)
    private String accessibilityNeeds;

    @Size(max = 2000)
    private String motivation;

    @Size(max = 200)
    private String nominatorName;

    @Size(max = 254)
    @EmailAddress
    private String nominatorEmail;

    @AssertTrue(message = "Tick the box to agree: without it the institute cannot keep the details.")
    private boolean consent;

    /** Hidden from people (off screen, out of the tab order): anything in it was typed by a robot. */
    @Size(max = 300)
    private String website;

    public Applicant applicant() {
        return new Applicant(
                title,
                givenName,
                familyName,
                gender,
                country,
                organisationName,
                organisationType,
                position,
                seniority,
                email,
                phone,
                consentToContact);
    }

    public Answers answers() {
        return new Answers(dietaryNeeds, passportName, arrivalDate, accessibilityNeeds, motivation);
    }

    public Nominator nominator() {
        return new Nominator(nominatorName, nominatorEmail);
    }

    public boolean filledByRobot() {
        return website != null && !website.isEmpty();
    }

    /** On a partner's form, the nominee's organisation is the partner until the focal point types another. */
    public void nominatedBy(String partner) {
        if (organisationName == null || organisationName.isBlank()) {
            organisationName = partner;
        }
    }

    /** A new form for the next nomination, keeping who nominates. */
    public static ApplicationForm next(String nominatorName, String nominatorEmail) {
        ApplicationForm form = new ApplicationForm();
        form.nominatorName = nominatorName;
        form.nominatorEmail = nominatorEmail;
        return form;
    }
}
