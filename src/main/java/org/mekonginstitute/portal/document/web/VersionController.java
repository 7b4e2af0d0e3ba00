package org.mekonginstitute.portal.document.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentService;
import org.mekonginstitute.portal.document.IncomingFile;
import org.mekonginstitute.portal.document.storage.DocumentRecords;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Text;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One document: its versions, a new version, and deleting it (managers). */
@Controller
@RequiredArgsConstructor
class VersionController {

    private final DocumentService documents;
    private final RecordHeader header;

    @GetMapping("/documents/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        DocumentService.Versions versions = documents.versions(id);
        DocumentRecords.Owned document = versions.document();
        header.describe(document.type(), document.recordId(), model);
        model.addAttribute("document", document);
        model.addAttribute("versions", versions.versions());
        model.addAttribute("mayUpload", document.type().mayUpload(user.role()));
        model.addAttribute("mayDelete", document.type().mayDelete(user.role()));
        model.addAttribute("maxMegabytes", documents.maxFileSizeMegabytes());
        PageForms.blankUnlessTyped(model, "form", VersionForm::new);
        return "document/show";
    }

    @PostMapping("/documents/{id}/versions")
    String addVersion(
            @PathVariable long id,
            @ModelAttribute("form") VersionForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            var file = form.getFile();
                            documents.addVersion(
                                    id,
                                    new IncomingFile(
                                            file == null ? null : file.getOriginalFilename(),
                                            file == null ? 0 : file.getSize(),
                                            file),
                                    user);
                            return Flash.saved(flash, Text.of("document.version.uploaded"), "/documents/" + id);
                        },
                        () -> show(id, user, model));
    }

    @PostMapping("/documents/{id}/delete")
    @PreAuthorize("hasRole('MANAGER')")
    String delete(@PathVariable long id, @AuthenticationPrincipal PortalUser user, RedirectAttributes flash) {
        DocumentRecords.Owned deleted = documents.delete(id, user);
        return Flash.saved(
                flash,
                Text.of("document.deleted", deleted.title()),
                deleted.type().documentsOf(deleted.recordId()));
    }
}
