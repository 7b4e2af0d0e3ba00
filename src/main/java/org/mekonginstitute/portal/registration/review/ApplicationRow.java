package org.mekonginstitute.portal.registration.review;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.DuplicateMatch;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.PersonToMatch;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.shared.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as staff review it: the person, the answers, who nominated them through which link, the decision,
 * and the registry records they may already be ({@code matches}, for open applications) or are ({@code linkedName}).
 */
public record ApplicationRow(
        long id,
        long version,
        String reference,
        ApplicationStatus status,
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
        String dietaryNeeds,
        String passportName,
        LocalDate arrivalDate,
        String accessibilityNeeds,
        String motivation,
        String partner,
        String nominatedByName,
        String nominatedByEmail,
        Instant submittedAt,
        Instant decidedAt,
        String declineReason,
        Long participantId,
        String linkedName,
        List<DuplicateMatch> matches) {

    public String fullName() {
        return Participant.fullName(title, givenName, familyName);
    }

    /** Through which link it came: the partner's name, or the open registration. */
    public String via() {
        return partner == null ? Text.of("registration.via.open") : Text.of("registration.via.partner", partner);
    }

    /** The registry record offered first: the same email or the same name, as the CSV import does. */
    public Long suggested() {
        return matches.stream()
                .filter(m -> m.sameEmail() || m.sameName())
                .map(DuplicateMatch::id)
                .findFirst()
                .orElse(null);
    }

    ApplicationRow withMatches(List<DuplicateMatch> found) {
        return new ApplicationRow(
                id,
                version,
                reference,
                status,
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
                dietaryNeeds,
                passportName,
                arrivalDate,
                accessibilityNeeds,
                motivation,
                partner,
                nominatedByName,
                nominatedByEmail,
                submittedAt,
                decidedAt,
                declineReason,
                participantId,
                linkedName,
                found);
    }

    /** What the registry's probable duplicates of the applicant are found by. */
    PersonToMatch toMatch() {
        return new PersonToMatch(email, givenName, familyName, country);
    }
}
