package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityStatus;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.calendar.CalendarFilter;
import org.mekonginstitute.portal.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** The reach figures (managers, as the reports) and the activity calendar. */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@RequiredArgsConstructor
@Tag(name = "Reach and calendar", description = "Who the activities reached, and when they take place")
class FiguresApi {

    private final RegisterResources register;

    @GetMapping("/api/v1/reach")
    @PreAuthorize("hasRole('MANAGER')")
    @Operation(summary = "People reached and participations, as the reach report counts them (managers)")
    ReachJson reach(
            @Parameter(description = "A project's code") @RequestParam(required = false) String project,
            @Parameter(description = "A department's id") @RequestParam(required = false) Long department,
            @Parameter(description = "A donor organisation's id") @RequestParam(required = false) Long donor,
            @Parameter(description = "Activities dated from this day")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Activities dated until this day")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to) {
        storable("project", project);
        return register.reach(project, department, donor, from, to);
    }

    @GetMapping("/api/v1/calendar")
    @Operation(summary = "The activities on the calendar between two days (at most 400), filtered as on the calendar")
    List<CalendarEntry> calendar(
            @Parameter(description = "First day", required = true)
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Last day", required = true)
                    @RequestParam
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "A project's code") @RequestParam(required = false) String project,
            @Parameter(description = "A department's id") @RequestParam(required = false) Long department,
            @RequestParam(required = false) ActivityType type,
            @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
            @RequestParam(required = false) ActivityStatus status,
            @Parameter(description = "Drafts too (hidden unless asked for)") @RequestParam(required = false)
                    boolean drafts) {
        storable("project", project);
        storable("country", country);
        CalendarFilter filter = new CalendarFilter();
        filter.setProject(project);
        filter.setDepartment(department);
        filter.setType(type);
        filter.setCountry(country);
        filter.setStatus(status);
        filter.setDrafts(drafts);
        return register.calendar(from, to, filter);
    }

    /** A single parameter has no form to bind it: its text is checked here, as the pages' services do. */
    private static void storable(String parameter, String value) {
        PlainText.problem(value).ifPresent(problem -> {
            throw new BadParameter(parameter, problem);
        });
    }
}
