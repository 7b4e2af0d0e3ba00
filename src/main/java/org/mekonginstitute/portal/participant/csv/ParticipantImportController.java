package org.mekonginstitute.portal.participant.csv;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** CSV import of participants: upload, preview with each line's problems and matches, confirm; and the template. */
@Controller
@RequestMapping("/participants/import")
@RequiredArgsConstructor
class ParticipantImportController {

    static final int PREVIEW_PAGE_SIZE = 100;
    private static final String LINE = "line-";

    private final ParticipantImportService imports;
    private final ActivityService activities;

    @GetMapping
    String form(@RequestParam(required = false) Long activity, @AuthenticationPrincipal PortalUser user, Model model) {
        return formView(activity, EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED, user, model);
    }

    @PostMapping
    String upload(
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) Long activity,
            @RequestParam(defaultValue = "PARTICIPANT") EnrolmentRole role,
            @RequestParam(defaultValue = "REGISTERED") AttendanceStatus status,
            @AuthenticationPrincipal PortalUser user,
            Model model)
            throws IOException {
        String problem;
        if (file == null || file.isEmpty()) {
            problem = file == null
                            || file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank()
                    ? Text.of("participant.import.noFile")
                    : Text.of("participant.import.emptyFile");
        } else {
            try {
                ParticipantImportService.Target target = activity == null
                        ? ParticipantImportService.Target.registryOnly()
                        : new ParticipantImportService.Target(activity, role, status);
                UUID id = imports.upload(file.getOriginalFilename(), file.getBytes(), target, user.getUsername());
                return "redirect:/participants/import/" + id;
            } catch (Csv.Unreadable unreadable) {
                problem = unreadable.getMessage();
            }
        }
        model.addAttribute("problem", problem);
        model.addAttribute("fileName", file == null ? null : file.getOriginalFilename());
        return formView(activity, role, status, user, model);
    }

    /** The columns with an example line: UTF-8 with a BOM, so that Excel opens it right. */
    @GetMapping("/template.csv")
    ResponseEntity<byte[]> template() {
        byte[] file = Csv.bytes(csv -> {
            csv.printRecord(ParticipantColumn.headers());
            for (ParticipantColumn column : ParticipantColumn.values()) {
                csv.print(Csv.safe(column.example()));
            }
            csv.println();
        });
        return Downloads.file(
                        Downloads.CSV,
                        ContentDisposition.attachment()
                                .filename("participants-template.csv")
                                .build())
                .body(file);
    }

    /**
     * The import as it stands: its progress while checked or imported, the preview once checked, what went wrong,
     * or (imported) where its people went, with the outcome.
     */
    @GetMapping("/{id}")
    String preview(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "all") String show,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        ImportStatus status = imports.status(id, user.getUsername());
        if (status.state() == ImportStatus.State.DONE) {
            return imported(status.result(), flash);
        }
        if (status.state() != ImportStatus.State.READY && !status.importInterrupted()) {
            return progressView(status, model);
        }
        if (status.importInterrupted()) {
            model.addAttribute("problem", Text.of("participant.import.interrupted"));
        }
        ParticipantImport preview = imports.get(id, user.getUsername());
        boolean attentionOnly = "attention".equals(show);
        List<ParticipantImport.Row> shown = preview.rows().stream()
                .filter(r -> !attentionOnly || !r.valid() || !r.matches().isEmpty())
                .toList();
        int last = Math.max(0, (shown.size() - 1) / PREVIEW_PAGE_SIZE);
        int current = Math.min(Math.max(page - 1, 0), last);
        Page<ParticipantImport.Row> rows = new PageImpl<>(
                shown.subList(current * PREVIEW_PAGE_SIZE, Math.min(shown.size(), (current + 1) * PREVIEW_PAGE_SIZE)),
                PageRequest.of(current, PREVIEW_PAGE_SIZE),
                shown.size());
        model.addAttribute("preview", preview);
        model.addAttribute("rows", rows);
        model.addAttribute("show", attentionOnly ? "attention" : "all");
        model.addAttribute("attention", preview.problemCount() + preview.duplicateCount());
        model.addAttribute("valid", preview.rows().size() - preview.problemCount());
        if (preview.activityId() != null) {
            model.addAttribute("activity", activities.get(preview.activityId()));
        }
        return "participant/import-preview";
    }

    /**
     * The progress alone, as the progress page asks for it every second (htmx); once the work is over, the browser
     * is sent to the import's page, which shows how it ended.
     */
    @GetMapping(value = "/{id}", headers = "HX-Request=true")
    String progress(
            @PathVariable UUID id,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            HttpServletResponse response) {
        ImportStatus status = imports.status(id, user.getUsername());
        if (!status.inProgress()) {
            response.setHeader("HX-Redirect", "/participants/import/" + id);
        }
        model.addAttribute("status", status);
        return "participant/import-progress :: progress";
    }

    /** The choices of the lines on the page, saved as they change (htmx) so that other pages can be looked at. */
    @PostMapping("/{id}/choices")
    ResponseEntity<Void> choose(
            @PathVariable UUID id, @RequestParam Map<String, String> params, @AuthenticationPrincipal PortalUser user) {
        imports.choose(id, user.getUsername(), choices(params));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}")
    String confirm(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean onlyValid,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal PortalUser user,
            RedirectAttributes flash) {
        try {
            imports.confirm(id, user.getUsername(), onlyValid, choices(params));
        } catch (InvalidInput refused) {
            imports.choose(id, user.getUsername(), choices(params));
            flash.addFlashAttribute("problem", refused.problems().get(0).message());
            return "redirect:/participants/import/" + id;
        } catch (NotFoundException gone) {
            flash.addFlashAttribute("problem", Text.of("participant.import.gone"));
            return "redirect:/participants/import";
        }
        flash.addFlashAttribute("saved", Text.of("participant.import.confirmed"));
        return "redirect:/participants/import/" + id;
    }

    /** Where the people of an import went, with its outcome: the activity's participants, or the registry. */
    private static String imported(ImportResult result, RedirectAttributes flash) {
        flash.addFlashAttribute("saved", result.summary());
        if (result.activityId() == null) {
            return "redirect:/participants?sort=updated&dir=desc";
        }
        List<String> warnings = new ArrayList<>();
        result.targetWarning().ifPresent(warnings::add);
        flash.addFlashAttribute("warnings", warnings);
        return "redirect:/activities/" + result.activityId() + "/participants";
    }

    private String progressView(ImportStatus status, Model model) {
        model.addAttribute("status", status);
        if (status.activityId() != null) {
            model.addAttribute("activity", activities.get(status.activityId()));
        }
        return "participant/import-progress";
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable UUID id, @AuthenticationPrincipal PortalUser user, RedirectAttributes flash) {
        ImportStatus status = imports.status(id, user.getUsername());
        if (status.state() == ImportStatus.State.DONE || status.inProgress() && !status.checking()) {
            flash.addFlashAttribute("problem", Text.of("participant.import.discard.refused"));
            return "redirect:/participants/import/" + id;
        }
        imports.discard(id, user.getUsername());
        flash.addFlashAttribute("saved", Text.of("participant.import.discarded", status.fileName()));
        return status.activityId() == null
                ? "redirect:/participants/import"
                : "redirect:/participants/import?activity=" + status.activityId();
    }

    private String formView(Long activity, EnrolmentRole role, AttendanceStatus status, PortalUser user, Model model) {
        if (activity != null) {
            model.addAttribute("activity", activities.get(activity));
        }
        model.addAttribute("role", role);
        model.addAttribute("status", status);
        model.addAttribute("roles", EnrolmentRole.values());
        model.addAttribute("statuses", AttendanceStatus.values());
        model.addAttribute("columns", ParticipantColumn.values());
        model.addAttribute("waiting", imports.waiting(user.getUsername()));
        model.addAttribute("maxRows", ParticipantImportService.MAX_ROWS);
        return "participant/import";
    }

    /** "line-12=use:345" parameters as line → choice. */
    private static Map<Integer, String> choices(Map<String, String> params) {
        Map<Integer, String> choices = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(LINE)) {
                try {
                    choices.put(Integer.parseInt(name.substring(LINE.length())), value);
                } catch (NumberFormatException ignored) {
                    // not a line of the preview
                }
            }
        });
        return choices;
    }
}
