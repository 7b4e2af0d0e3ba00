package org.mekonginstitute.portal.registration.apply;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.PersonForm;
import org.mekonginstitute.portal.registration.model.Answers;
import org.mekonginstitute.portal.registration.model.Nominator;
import org.mekonginstitute.portal.shared.EmailAddress;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/**
 * The public registration form as typed: the person, the answers to the questions asked, who nominates them (on a
 * partner's link), the consent, and a field only robots fill in.
 */
@Getter
@Setter
@NoArgsConstructor
public class ApplicationForm extends PersonForm {

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

    @AssertTrue(message = "{registration.apply.consent.required}")
    private boolean consent;

    /** Hidden from people (off screen, out of the tab order): anything in it was typed by a robot. */
    @Size(max = 300)
    private String website;

    /** The person as typed, for the application; the registry links an organisation later, if ever. */
    public ParticipantDetails applicant() {
        return details(null);
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
        if (getOrganisationName() == null || getOrganisationName().isBlank()) {
            setOrganisationName(partner);
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
