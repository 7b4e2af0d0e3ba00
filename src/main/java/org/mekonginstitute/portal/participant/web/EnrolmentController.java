package org.mekonginstitute.portal.participant.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.Enrolment;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentRow;
import org.mekonginstitute.portal.participant.EnrolmentRows;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.ParticipantsPageSection;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/** An activity's participants: enrolment, bulk status changes, the attendance sheet and the sign-in sheet. */
@Controller
@RequestMapping("/activities/{id}")
@RequiredArgsConstructor
class EnrolmentController {

    private final EnrolmentService enrolments;
    private final EnrolmentRows enrolmentRows;
    private final ActivityService activities;
    private final ObjectProvider<ParticipantsPageSection> sections;

    @GetMapping("/participants")
    String participants(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Model model) {
        Activity activity = activities.get(id);
        EnrolmentRows.Listing listing = enrolmentRows.page(id, ListFilter.pageIndex(page));
        model.addAttribute("activity", activity);
        model.addAttribute("page", listing.rows());
        model.addAttribute("expected", listing.expected());
        model.addAttribute("roles", EnrolmentRole.values());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute(
                "sections",
                sections.orderedStream()
                        .flatMap(section -> section.of(id).stream())
                        .toList());
        return "participant/enrolment";
    }

    @PostMapping("/enrolments")
    String enrol(
            @PathVariable long id,
            @RequestParam long participantId,
            @RequestParam(defaultValue = "PARTICIPANT") EnrolmentRole role,
            @RequestParam(defaultValue = "REGISTERED") AttendanceStatus status,
            RedirectAttributes flash) {
        return enrolAndReturn(
                flash,
                id,
                Text.of("participant.enrolment.enrolled"),
                () -> enrolments.enrol(id, participantId, role, status));
    }

    /**
     * Enrols someone and goes to the activity's participant list, saying so with the warnings worth showing, or
     * why the enrolment was refused.
     */
    static String enrolAndReturn(
            RedirectAttributes flash, long activityId, String saved, Supplier<List<String>> enrol) {
        try {
            List<String> warnings = enrol.get();
            flash.addFlashAttribute("saved", saved);
            flash.addFlashAttribute("warnings", warnings);
        } catch (InvalidInput refused) {
            flash.addFlashAttribute("problem", refused.problems().get(0).message());
        }
        return "redirect:/activities/" + activityId + "/participants";
    }

    @PostMapping("/enrolments/status")
    String changeStatus(
            @PathVariable long id,
            @RequestParam(name = "selected", required = false) List<Long> selected,
            @RequestParam AttendanceStatus status,
            @RequestParam(defaultValue = "1") String page,
            RedirectAttributes flash) {
        if (selected == null || selected.isEmpty()) {
            flash.addFlashAttribute("problem", Text.of("participant.enrolment.bulkStatus.none"));
        } else {
            int changed = enrolments.changeStatus(id, selected, status);
            flash.addFlashAttribute(
                    "saved",
                    Text.of(
                            "participant.enrolment.bulkStatus.done",
                            changed,
                            status.label().toLowerCase()));
        }
        return "redirect:" + ListFilter.onPage("/activities/" + id + "/participants", page);
    }

    @PostMapping("/enrolments/{enrolmentId}/delete")
    String remove(
            @PathVariable long id,
            @PathVariable long enrolmentId,
            @RequestParam(defaultValue = "1") String page,
            RedirectAttributes flash) {
        enrolments.remove(id, enrolmentId);
        return Flash.saved(
                flash,
                Text.of("participant.enrolment.removed"),
                ListFilter.onPage("/activities/" + id + "/participants", page));
    }

    @GetMapping("/attendance")
    String attendance(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Model model) {
        Page<Enrolment> sheet = enrolments.sheet(id, ListFilter.pageIndex(page));
        model.addAttribute("form", AttendanceForm.of(sheet.getContent()));
        return attendanceView(id, sheet, model);
    }

    @PostMapping("/attendance")
    String saveAttendance(
            @PathVariable long id,
            @Valid @ModelAttribute("form") AttendanceForm form,
            BindingResult errors,
            @RequestParam(defaultValue = "1") String page,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                enrolments.saveAttendance(id, form.toAttendance());
                                flash.addFlashAttribute(
                                        "saved",
                                        Text.of(
                                                "participant.attendance.saved",
                                                form.getRows().size()));
                            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                                flash.addFlashAttribute("problem", Text.of("participant.attendance.stale"));
                            }
                            return "redirect:" + ListFilter.onPage("/activities/" + id + "/attendance", page);
                        },
                        () -> {
                            // The names are display-only and not posted back: fill them in again for the sheet.
                            Map<Long, EnrolmentRow> posted = enrolmentRows.byId(
                                    id,
                                    form.getRows().stream()
                                            .map(AttendanceForm.Row::getEnrolmentId)
                                            .filter(Objects::nonNull)
                                            .toList());
                            form.getRows().forEach(row -> {
                                EnrolmentRow line = posted.get(row.getEnrolmentId());
                                row.setName(
                                        line == null ? null : line.participant().fullName());
                            });
                            return attendanceView(id, enrolments.sheet(id, ListFilter.pageIndex(page)), model);
                        });
    }

    /** The printable sign-in sheet of the people expected: see {@link SignInSheets}. */
    @GetMapping("/sign-in-sheet")
    String signInSheet(@PathVariable long id, @RequestParam(required = false) LocalDate day, Model model) {
        Activity activity = activities.get(id);
        List<LocalDate> days = activity.days();
        model.addAttribute("activity", activity);
        model.addAttribute(
                "enrolments",
                enrolments.of(id).stream()
                        .filter(e -> e.getStatus() != AttendanceStatus.WITHDRAWN)
                        .toList());
        model.addAttribute("days", days);
        model.addAttribute("day", day);
        model.addAttribute("sheets", SignInSheets.of(days, day));
        return "participant/sign-in-sheet";
    }

    private String attendanceView(long id, Page<Enrolment> sheet, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("page", sheet);
        return "participant/attendance";
    }
}
