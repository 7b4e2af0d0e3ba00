package org.mekonginstitute.portal.registration.apply;

import org.mekonginstitute.portal.registration.model.ActivityFacts;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** One application as its applicant sees it on their own page: what they sent and where it stands. */
public record StatusView(
        ActivityFacts activity,
        String reference,
        ApplicationStatus status,
        String declineReason,
        Instant submittedAt,
        String partner,
        String name,
        String country,
        String organisation,
        String position,
        String email,
        String phone,
        String dietaryNeeds,
        String passportName,
        LocalDate arrivalDate,
        String accessibilityNeeds,
        String motivation) {

    static StatusView of(Application a, ActivityFacts activity) {
        return new StatusView(
                activity,
                a.getReference(),
                a.getStatus(),
                a.getDeclineReason(),
                a.getSubmittedAt(),
                a.getLink().isOpenLink() ? null : a.getLink().getOrganisation().getName(),
                a.fullName(),
                a.getCountry(),
                a.getOrganisationName(),
                a.getPosition(),
                a.getEmail(),
                a.getPhone(),
                a.getDietaryNeeds(),
                a.getPassportName(),
                a.getArrivalDate(),
                a.getAccessibilityNeeds(),
                a.getMotivation());
    }
}
