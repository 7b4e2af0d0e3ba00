package org.mekonginstitute.portal.evaluation.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.evaluation.certificate.CertificatePdf;
import org.mekonginstitute.portal.evaluation.certificate.CertificateRefused;
import org.mekonginstitute.portal.evaluation.certificate.CertificateRule;
import org.mekonginstitute.portal.evaluation.certificate.CertificateService;
import org.mekonginstitute.portal.evaluation.certificate.Holder;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Routes;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import java.util.List;

/**
 * An activity's certificates: the rule, who meets it, issuing, revoking, and the PDFs (one person's, or the whole
 * activity's in one file).
 */
@Controller
@RequestMapping("/activities/{id}/certificates")
@RequiredArgsConstructor
class CertificateController {

    private final CertificateService certificates;
    private final CertificatePdf pdf;
    private final ActivityService activities;

    @GetMapping
    String show(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("page", certificates.rows(id, ListFilter.pageIndex(page)));
        PageForms.blankUnlessTyped(model, "rule", () -> RuleForm.of(certificates.rule(id)));
        return "evaluation/certificates";
    }

    @PostMapping("/rule")
    String saveRule(
            @PathVariable long id,
            @jakarta.validation.Valid @ModelAttribute("rule") RuleForm rule,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(rule, errors, flash)
                .save(
                        () -> {
                            certificates.saveRule(id, rule.getMinAttendance(), rule.getPassMark(), rule.getVersion());
                            return Flash.saved(
                                    flash,
                                    Text.of("evaluation.certificates.ruleSaved"),
                                    "/activities/" + id + "/certificates");
                        },
                        () -> show(id, "1", model),
                        "/activities/" + id + "/certificates",
                        () -> {
                            CertificateRule saved = certificates.rule(id);
                            return new StaleEditException(saved.getUpdatedBy(), saved.getUpdatedAt());
                        });
    }

    @PostMapping
    String issue(@PathVariable long id, RedirectAttributes flash) {
        int issued = certificates.issue(id);
        flash.addFlashAttribute(
                "saved",
                issued == 0
                        ? Text.of("evaluation.certificates.noneNew")
                        : Text.of(
                                issued == 1
                                        ? "evaluation.certificates.issued.one"
                                        : "evaluation.certificates.issued.many",
                                String.valueOf(issued)));
        return "redirect:/activities/" + id + "/certificates";
    }

    @PostMapping("/{certificateId}/revoke")
    String revoke(
            @PathVariable long id,
            @PathVariable long certificateId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "1") String page,
            RedirectAttributes flash) {
        try {
            certificates.revoke(id, certificateId, reason);
            flash.addFlashAttribute("saved", Text.of("evaluation.certificates.revoked"));
        } catch (CertificateRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:" + ListFilter.onPage("/activities/" + id + "/certificates", page);
    }

    @GetMapping(value = "/all.pdf")
    ResponseEntity<byte[]> all(@PathVariable long id) {
        activities.get(id);
        return pdf("certificates-activity-" + id + ".pdf", certificates.holders(id));
    }

    @GetMapping(value = "/{certificateId}.pdf")
    ResponseEntity<byte[]> one(@PathVariable long id, @PathVariable long certificateId) {
        Holder holder = certificates.holder(id, certificateId);
        return pdf("certificate-" + holder.code() + ".pdf", List.of(holder));
    }

    private ResponseEntity<byte[]> pdf(String name, List<Holder> holders) {
        byte[] body = pdf.render(holders, code -> Routes.address("/certificates/verify/" + code));
        return Downloads.file(
                        MediaType.APPLICATION_PDF,
                        ContentDisposition.inline().filename(name).build())
                .body(body);
    }
}
