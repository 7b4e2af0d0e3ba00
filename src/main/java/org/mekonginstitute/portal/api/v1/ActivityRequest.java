package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;
import org.mekonginstitute.portal.activity.ActivityForm;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.activity.Modality;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/**
 * An activity as another system plans or schedules it: the fields of the activity form, checked by the same rules.
 * A change sends every field (what is left out is cleared), with the activity's ETag in If-Match.
 *
 * @param confirmWarnings save even though the dates fall outside the project, clash with another activity, or lie
 *     in the past (otherwise such a save is answered 422 with the warnings)
 */
public record ActivityRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ActivityType type,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 300)
        String title,

        String objective,
        @Schema(description = "IN_PERSON when left out") Modality modality,
        String venue,
        String city,

        @Schema(description = "ISO 3166-1 alpha-2", example = "TH")
        String country,

        String onlineLink,
        Long hostOrganisationId,
        Integer targetParticipants,

        @Schema(type = "string", example = "2024-12", description = "First month of the planned window")
        YearMonth plannedFrom,

        @Schema(type = "string", example = "2025-02") YearMonth plannedTo,
        LocalDate startDate,
        LocalDate endDate,
        @Schema(type = "string", example = "08:30") LocalTime startTime,
        @Schema(type = "string", example = "16:30") LocalTime endTime,

        @Schema(description = "Asia/Bangkok when left out", example = "Asia/Bangkok")
        String timeZone,

        List<Long> staffIds,
        Boolean confirmWarnings) {

    /** The activity form these values fill, so that they are checked exactly as the page checks them. */
    ActivityForm toForm(long version) {
        ActivityForm form = new ActivityForm();
        form.setType(type);
        form.setTitle(title);
        form.setObjective(objective);
        form.setModality(modality == null ? Modality.IN_PERSON : modality);
        form.setVenue(venue);
        form.setCity(city);
        form.setCountry(country);
        form.setOnlineLink(onlineLink);
        form.setHostOrganisationId(hostOrganisationId);
        form.setTargetParticipants(targetParticipants);
        form.setPlannedFrom(plannedFrom);
        form.setPlannedTo(plannedTo);
        form.setStartDate(startDate);
        form.setEndDate(endDate);
        form.setStartTime(startTime);
        form.setEndTime(endTime);
        form.setTimeZone(timeZone == null || timeZone.isBlank() ? "Asia/Bangkok" : timeZone);
        form.setStaffIds(staffIds);
        form.setVersion(version);
        form.setConfirmWarnings(Boolean.TRUE.equals(confirmWarnings));
        return form;
    }
}
