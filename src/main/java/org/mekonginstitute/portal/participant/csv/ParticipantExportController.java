package org.mekonginstitute.portal.participant.csv;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.ParticipantFilter;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

/** The CSV downloads for Excel (UTF-8 with a BOM): the participant list as filtered, and an activity's enrolments. */
@Controller
@RequiredArgsConstructor
class ParticipantExportController {

    private final ParticipantExport export;
    private final ActivityService activities;
    private final Clock clock;

    /** The list with its current search and filters. */
    @GetMapping("/participants/export.csv")
    void participants(
            @ModelAttribute("filter") ParticipantFilter filter,
            BindingResult ignoredBadFilterValues,
            HttpServletResponse response)
            throws IOException {
        ParticipantExport.attachment(response, "participants-" + LocalDate.now(clock) + ".csv");
        export.participants(filter, response.getOutputStream());
    }

    /** The activity's enrolments with their attendance. */
    @GetMapping("/activities/{id}/enrolments.csv")
    void enrolments(@PathVariable long id, HttpServletResponse response) throws IOException {
        activities.get(id);
        ParticipantExport.attachment(response, "enrolments-activity-" + id + ".csv");
        export.enrolments(id, response.getOutputStream());
    }
}
