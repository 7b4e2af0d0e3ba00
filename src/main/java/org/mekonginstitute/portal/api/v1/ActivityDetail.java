package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * An activity with everything staff plan for it. Times are in the activity's own time zone. {@code version} is
 * also its ETag, to send back in If-Match with a change.
 */
public record ActivityDetail(
        long id,
        long projectId,
        String projectCode,
        ActivityType type,
        String title,
        String objective,
        Modality modality,
        String venue,
        String city,
        String country,
        String onlineLink,
        OrganisationRef host,
        Integer targetParticipants,
        YearMonth plannedFrom,
        YearMonth plannedTo,
        LocalDate startDate,
        LocalDate endDate,
        LocalTime startTime,
        LocalTime endTime,
        String timeZone,
        ActivityStatus status,
        List<StaffMember> staff,
        long version,
        Instant createdAt,
        Instant updatedAt)
        implements Versions.Versioned {

    static ActivityDetail of(Activity a) {
        return new ActivityDetail(
                a.getId(),
                a.getProject().getId(),
                a.getProject().getCode(),
                a.getType(),
                a.getTitle(),
                a.getObjective(),
                a.getModality(),
                a.getVenue(),
                a.getCity(),
                a.getCountry(),
                a.getOnlineLink(),
                OrganisationRef.of(a.getHost()),
                a.getTargetParticipants(),
                a.getPlannedFrom(),
                a.getPlannedTo(),
                a.getStartDate(),
                a.getEndDate(),
                a.getStartTime(),
                a.getEndTime(),
                a.getTimeZone(),
                a.getStatus(),
                a.getStaff().stream().map(StaffMember::of).toList(),
                a.getVersion(),
                a.getCreatedAt(),
                a.getUpdatedAt());
    }
}
