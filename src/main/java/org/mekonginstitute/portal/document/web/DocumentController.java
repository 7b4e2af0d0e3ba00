package org.mekonginstitute.portal.document.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentCategory;
import org.mekonginstitute.portal.document.DocumentService;
import org.mekonginstitute.portal.document.IncomingFile;
import org.mekonginstitute.portal.document.RecordType;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * The documents of a project, activity, action plan or organisation: the list, and uploading one or several files
 * at once (dragged onto the page, or chosen with the file field where there is no JavaScript).
 */
@Controller
@RequiredArgsConstructor
class DocumentController {

    private final DocumentService documents;
    private final RecordHeader header;

    @GetMapping("/projects/{id}/documents")
    String ofProject(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        return list(RecordType.PROJECT, id, user, model);
    }

    @PostMapping("/projects/{id}/documents")
    String uploadToProject(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return upload(RecordType.PROJECT, id, form, errors, user, model, flash);
    }

    @GetMapping("/activities/{id}/documents")
    String ofActivity(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        return list(RecordType.ACTIVITY, id, user, model);
    }

    @PostMapping("/activities/{id}/documents")
    String uploadToActivity(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return upload(RecordType.ACTIVITY, id, form, errors, user, model, flash);
    }

    @GetMapping("/action-plans/{id}/documents")
    String ofActionPlan(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        return list(RecordType.ACTION_PLAN, id, user, model);
    }

    @PostMapping("/action-plans/{id}/documents")
    String uploadToActionPlan(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return upload(RecordType.ACTION_PLAN, id, form, errors, user, model, flash);
    }

    @GetMapping("/organisations/{id}/documents")
    String ofOrganisation(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        return list(RecordType.ORGANISATION, id, user, model);
    }

    @PostMapping("/organisations/{id}/documents")
    @PreAuthorize("hasRole('ADMIN')")
    String uploadToOrganisation(
            @PathVariable long id,
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return upload(RecordType.ORGANISATION, id, form, errors, user, model, flash);
    }

    private String list(RecordType type, long id, PortalUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UploadForm());
        }
        String name = header.describe(type, id, model);
        model.addAttribute("title", "Documents · " + name);
        model.addAttribute("documents", documents.of(type, id));
        model.addAttribute("categories", DocumentCategory.values());
        model.addAttribute("mayUpload", type.mayUpload(user.role()));
        model.addAttribute("maxMegabytes", documents.maxFileSizeMegabytes());
        return "document/list";
    }

    private String upload(
            RecordType type,
            long id,
            UploadForm form,
            BindingResult errors,
            PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            int stored = documents
                                    .upload(
                                            type,
                                            id,
                                            form.getCategory(),
                                            form.getTitle(),
                                            incoming(form.getFiles()),
                                            user)
                                    .size();
                            flash.addFlashAttribute(
                                    "saved",
                                    stored == 1
                                            ? "1 document uploaded. Its text is read in the background."
                                            : stored + " documents uploaded. Their text is read in the background.");
                            return "redirect:" + type.documentsOf(id);
                        },
                        () -> {
                            model.addAttribute("openForm", true);
                            return list(type, id, user, model);
                        });
    }

    /** The uploaded parts as the service takes them: read from Tomcat's temporary files, never held in memory. */
    static List<IncomingFile> incoming(List<MultipartFile> files) {
        return files == null
                ? List.of()
                : files.stream()
                        .filter(file -> file != null)
                        .map(file -> new IncomingFile(file.getOriginalFilename(), file.getSize(), file))
                        .toList();
    }
}
