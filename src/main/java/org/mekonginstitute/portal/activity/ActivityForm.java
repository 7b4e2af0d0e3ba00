package org.mekonginstitute.portal.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.shared.Period;
import org.mekonginstitute.portal.shared.WebAddress;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.Errors;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** What staff type to plan or schedule an activity. */
@Getter
@Setter
public class ActivityForm implements Serializable {

    @NotNull(message = "Choose the type of activity.")
    private ActivityType type;

    @NotBlank(message = "Enter the activity's title.")
    @Size(max = 300)
    private String title;

    @Size(max = 5000)
    private String objective;

    @NotNull(message = "Choose how people take part.")
    private Modality modality = Modality.IN_PERSON;

    @Size(max = 300)
    private String venue;

    @Size(max = 120)
    private String city;

    private String country;

    @Size(max = 500)
    @WebAddress(message = "Enter the meeting link starting with https://")
    private String onlineLink;

    private Long hostOrganisationId;

    @Min(1)
    @Max(100000)
    private Integer targetParticipants;

    private YearMonth plannedFrom;

    private YearMonth plannedTo;

    private LocalDate startDate;

    private LocalDate endDate;

    private LocalTime startTime;

    private LocalTime endTime;

    private String timeZone = "Asia/Bangkok";

    private List<Long> staffIds = new ArrayList<>();

    private long version;

    /** Set when the user has seen the warnings and chose to save anyway. */
    private boolean confirmWarnings;

    public void setStaffIds(List<Long> staffIds) {
        this.staffIds = staffIds == null
                ? new ArrayList<>()
                : new ArrayList<>(staffIds.stream()
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
    }

    /** The rules between fields, checked with the annotations so every problem shows at once. */
    public void checkDates(Errors errors) {
        if (plannedFrom == null
                && startDate == null
                && !errors.hasFieldErrors("plannedFrom")
                && !errors.hasFieldErrors("startDate")) {
            errors.rejectValue("plannedFrom", "required", "Enter a planned window (months) or the scheduled dates.");
        }
        if (plannedTo != null && plannedFrom == null && !errors.hasFieldErrors("plannedFrom")) {
            errors.rejectValue("plannedFrom", "required", "Enter the first month of the window.");
        }
        Period.checkEndNotBeforeStart(
                errors, plannedFrom, "plannedTo", plannedTo, "The window cannot end before it starts.");
        if (endDate != null && startDate == null && !errors.hasFieldErrors("startDate")) {
            errors.rejectValue("startDate", "required", "Enter the start date.");
        }
        Period.checkEndNotBeforeStart(
                errors, startDate, "endDate", endDate, "The end date cannot be before the start date.");
        if ((startTime != null || endTime != null) && startDate == null && !errors.hasFieldErrors("startDate")) {
            errors.rejectValue("startDate", "required", "Times need a start date.");
        }
        boolean sameDay = startDate != null && (endDate == null || endDate.equals(startDate));
        if (sameDay && startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            errors.rejectValue(
                    "endTime", "beforeStart", "On a one-day activity the end time must be after the start time.");
        }
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                ZoneId.of(timeZone);
            } catch (RuntimeException e) {
                errors.rejectValue("timeZone", "unknown", "Choose a time zone from the list.");
            }
        }
    }

    /** What was typed, as the plan the activity takes. */
    public ActivityPlan toPlan() {
        return new ActivityPlan(
                type,
                title,
                objective,
                modality,
                venue,
                city,
                country,
                onlineLink,
                hostOrganisationId,
                targetParticipants,
                plannedFrom,
                plannedTo,
                startDate,
                endDate,
                startTime,
                endTime,
                timeZone,
                staffIds,
                version,
                confirmWarnings);
    }

    public static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        BeanUtils.copyProperties(activity, form);
        form.hostOrganisationId =
                activity.getHost() == null ? null : activity.getHost().getId();
        form.staffIds =
                new ArrayList<>(activity.getStaff().stream().map(u -> u.getId()).toList());
        return form;
    }
}
