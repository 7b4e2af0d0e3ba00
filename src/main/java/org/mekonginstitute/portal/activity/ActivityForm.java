package org.mekonginstitute.portal.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.shared.Period;
import org.mekonginstitute.portal.shared.Text;
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

    @NotNull(message = "{activity.form.type.required}")
    private ActivityType type;

    @NotBlank(message = "{activity.form.title.required}")
    @Size(max = 300)
    private String title;

    @Size(max = 5000)
    private String objective;

    @NotNull(message = "{activity.form.modality.required}")
    private Modality modality = Modality.IN_PERSON;

    @Size(max = 300)
    private String venue;

    @Size(max = 120)
    private String city;

    private String country;

    @Size(max = 500)
    @WebAddress(message = "{activity.form.onlineLink.invalid}")
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
            errors.rejectValue("plannedFrom", "required", Text.of("activity.form.window.required"));
        }
        if (plannedTo != null && plannedFrom == null && !errors.hasFieldErrors("plannedFrom")) {
            errors.rejectValue("plannedFrom", "required", Text.of("activity.form.window.firstMonth"));
        }
        Period.checkEndNotBeforeStart(
                errors, plannedFrom, "plannedTo", plannedTo, Text.of("activity.form.window.order"));
        if (endDate != null && startDate == null && !errors.hasFieldErrors("startDate")) {
            errors.rejectValue("startDate", "required", Text.of("activity.form.startDate.required"));
        }
        Period.checkEndNotBeforeStart(errors, startDate, "endDate", endDate, Text.of("activity.form.dates.order"));
        if ((startTime != null || endTime != null) && startDate == null && !errors.hasFieldErrors("startDate")) {
            errors.rejectValue("startDate", "required", Text.of("activity.form.times.needDate"));
        }
        boolean sameDay = startDate != null && (endDate == null || endDate.equals(startDate));
        if (sameDay && startTime != null && endTime != null && !endTime.isAfter(startTime)) {
            errors.rejectValue("endTime", "beforeStart", Text.of("activity.form.times.order"));
        }
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                ZoneId.of(timeZone);
            } catch (RuntimeException e) {
                errors.rejectValue("timeZone", "unknown", Text.of("activity.form.timeZone.invalid"));
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
