package org.mekonginstitute.portal.participant;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** An activity's participants: enrolment, bulk status changes, the attendance sheet and the sign-in sheet. */
@Controller
@RequestMapping("/activities/{id}")
@RequiredArgsConstructor
class EnrolmentController {

    private final EnrolmentService enrolments;
    private final ActivityService activities;
    private final ParticipantExport export;

    @GetMapping("/participants")
    String participants(@PathVariable long id, Model model) {
        Activity activity = activities.get(id);
        List<Enrolment> enrolled = enrolments.of(id);
        model.addAttribute("activity", activity);
        model.addAttribute("enrolments", enrolled);
        model.addAttribute("roles", EnrolmentRole.values());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute(
                "expected",
                enrolled.stream().filter(e -> e.getStatus().expected()).count());
        return "participant/enrolment";
    }

    @PostMapping("/enrolments")
    String enrol(
            @PathVariable long id,
            @RequestParam long participantId,
            @RequestParam(defaultValue = "PARTICIPANT") EnrolmentRole role,
            @RequestParam(defaultValue = "REGISTERED") AttendanceStatus status,
            RedirectAttributes flash) {
        try {
            List<String> warnings = enrolments.enrol(id, participantId, role, status);
            flash.addFlashAttribute("saved", "Enrolled.");
            flash.addFlashAttribute("warnings", warnings);
        } catch (InvalidInput refused) {
            flash.addFlashAttribute("problem", refused.problems().get(0).message());
        }
        return "redirect:/activities/" + id + "/participants";
    }

    @PostMapping("/enrolments/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam(name = "selected", required = false) List<Long> selected,
            @RequestParam AttendanceStatus status,
            RedirectAttributes flash) {
        if (selected == null || selected.isEmpty()) {
            flash.addFlashAttribute("problem", "Select the people whose status should change.");
        } else {
            int changed = enrolments.changeStatus(id, selected, status);
            flash.addFlashAttribute(
                    "saved", changed + " enrolment(s) set to " + status.label().toLowerCase() + ".");
        }
        return "redirect:/activities/" + id + "/participants";
    }

    @PostMapping("/enrolments/{enrolmentId}/delete")
    String remove(@PathVariable long id, @PathVariable long enrolmentId, RedirectAttributes flash) {
        enrolments.remove(id, enrolmentId);
        flash.addFlashAttribute("saved", "Enrolment removed.");
        return "redirect:/activities/" + id + "/participants";
    }

    /** The activity's enrolments with their attendance, as CSV for Excel. */
    @GetMapping("/enrolments.csv")
    void export(@PathVariable long id, HttpServletResponse response) throws IOException {
        activities.get(id);
        ParticipantExport.attachment(response, "enrolments-activity-" + id + ".csv");
        export.enrolments(id, response.getOutputStream());
    }

    @GetMapping("/attendance")
    String attendance(@PathVariable long id, Model model) {
        model.addAttribute("form", enrolments.attendanceSheet(id));
        return attendanceView(id, model);
    }

    @PostMapping("/attendance")
    String saveAttendance(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AttendanceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                enrolments.saveAttendance(id, form);
                flash.addFlashAttribute(
                        "saved", "Attendance saved for " + form.getRows().size() + " people.");
                return "redirect:/activities/" + id + "/attendance";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                flash.addFlashAttribute(
                        "problem",
                        "Someone else changed the attendance since you opened the sheet; nothing was saved."
                                + " The sheet now shows the current values: enter your changes again.");
                return "redirect:/activities/" + id + "/attendance";
            }
        }
        // The names are display-only and not posted back: fill them in again for the re-rendered sheet.
        var names = new java.util.HashMap<Long, String>();
        enrolments.of(id).forEach(e -> names.put(e.getId(), e.getParticipant().fullName()));
        form.getRows().forEach(row -> row.setName(names.get(row.getEnrolmentId())));
        return attendanceView(id, model);
    }

    /**
     * The printable sign-in sheet of the people expected. Up to five days fit side by side on one landscape page;
     * a longer activity gets one page per day (or the one day asked for), each with a signature column.
     */
    @GetMapping("/sign-in-sheet")
    String signInSheet(
            @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Model model) {
        Activity activity = activities.get(id);
        List<LocalDate> days = EnrolmentService.daysOf(activity);
        List<List<LocalDate>> sheets;
        if (day != null && days.contains(day)) {
            sheets = List.of(List.of(day));
        } else if (days.isEmpty()) {
            sheets = java.util.Collections.singletonList(java.util.Collections.singletonList(null));
        } else if (days.size() <= SIGN_IN_DAYS_SIDE_BY_SIDE) {
            sheets = List.of(days);
        } else {
            sheets = days.stream().map(List::of).toList();
        }
        model.addAttribute("activity", activity);
        model.addAttribute(
                "enrolments",
                enrolments.of(id).stream()
                        .filter(e -> e.getStatus() != AttendanceStatus.WITHDRAWN)
                        .toList());
        model.addAttribute("days", days);
        model.addAttribute("day", day);
        model.addAttribute("sheets", sheets);
        return "participant/sign-in-sheet";
    }

    private static final int SIGN_IN_DAYS_SIDE_BY_SIDE = 5;

    private String attendanceView(long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("statuses", AttendanceStatus.values());
        return "participant/attendance";
    }
}
