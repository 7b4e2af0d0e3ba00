package org.mekonginstitute.portal.document.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentCategory;
import org.mekonginstitute.portal.document.DocumentService;
import org.mekonginstitute.portal.document.IncomingFile;
import org.mekonginstitute.portal.document.RecordType;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Routes;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.access.AccessDeniedException;
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

    @GetMapping({
        "/projects/{id}/documents",
        "/activities/{id}/documents",
        "/action-plans/{id}/documents",
        "/organisations/{id}/documents"
    })
    String list(
            HttpServletRequest request, @PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        return list(recordType(request), id, user, model);
    }

    /** Staff add documents to projects, activities and action plans; administrators to organisations. */
    @PostMapping({
        "/projects/{id}/documents",
        "/activities/{id}/documents",
        "/action-plans/{id}/documents",
        "/organisations/{id}/documents"
    })
    String upload(
            HttpServletRequest request,
            @PathVariable long id,
            @Valid @ModelAttribute("form") UploadForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        RecordType type = recordType(request);
        if (!type.mayUpload(user.role())) {
            throw new AccessDeniedException(Text.of("document.refused.organisation"));
        }
        return upload(type, id, form, errors, user, model, flash);
    }

    /** The kind of record the address is about, by its first segment ("/action-plans/{id}/documents"). */
    private static RecordType recordType(HttpServletRequest request) {
        return RecordType.ofPath(Routes.matched(request).split("/")[1]);
    }

    private String list(RecordType type, long id, PortalUser user, Model model) {
        PageForms.blankUnlessTyped(model, "form", UploadForm::new);
        String name = header.describe(type, id, model);
        model.addAttribute("title", Text.of("document.list.pageTitle", name));
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
                .saveUnfolded(
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
                                            ? Text.of("document.uploaded.one")
                                            : Text.of("document.uploaded.many", String.valueOf(stored)));
                            return "redirect:" + type.documentsOf(id);
                        },
                        model,
                        "openForm",
                        () -> list(type, id, user, model));
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
