package org.mekonginstitute.portal.activity;

import lombok.Builder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * What staff plan for an activity: what it is, where and when it takes place (a window of months, or fixed
 * dates), who hosts it and who is responsible. The activity form becomes one; the service checks the host and
 * staff it names and the activity takes the rest.
 *
 * @param version the version of the activity the form was opened at (ignored for a new activity)
 * @param warningsConfirmed the user has read the warnings (see {@link ActivityWarnings}) and saves anyway
 */
@Builder(toBuilder = true)
public record ActivityPlan(
        ActivityType type,
        String title,
        String objective,
        Modality modality,
        String venue,
        String city,
        String country,
        String onlineLink,
        Long hostOrganisationId,
        Integer targetParticipants,
        YearMonth plannedFrom,
        YearMonth plannedTo,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime startTime,
        LocalTime endTime,
        String timeZone,
        List<Long> staffIds,
        long version,
        boolean warningsConfirmed) {

    public ActivityPlan {
        staffIds = staffIds == null ? List.of() : List.copyOf(staffIds);
    }
}
