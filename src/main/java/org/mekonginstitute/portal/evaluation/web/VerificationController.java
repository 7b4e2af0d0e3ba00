package org.mekonginstitute.portal.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.certificate.CertificateService;
import org.mekonginstitute.portal.evaluation.certificate.Holder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Optional;

/**
 * The public page behind a certificate's QR code: it confirms the name, the activity, its dates and the institute,
 * and nothing else; a revoked certificate is said to be revoked, an unknown code unknown.
 */
@Controller
@RequestMapping("/certificates/verify")
@RequiredArgsConstructor
class VerificationController {

    private final CertificateService certificates;

    /** A form for a code typed from a printed certificate. */
    @GetMapping
    String ask(@RequestParam(required = false) String code) {
        if (code != null && !code.isBlank() && code.length() <= 40) {
            String typed = code.strip().toUpperCase(Locale.ROOT).replace(' ', '-');
            if (typed.matches("MI-[A-Z0-9]{4}-[A-Z0-9]{4}")) {
                return "redirect:/certificates/verify/" + typed;
            }
            if (typed.matches("MI[A-Z0-9]{8}")) {
                return "redirect:/certificates/verify/MI-" + typed.substring(2, 6) + "-" + typed.substring(6);
            }
        }
        return "evaluation/verify-form";
    }

    @GetMapping("/{code}")
    String verify(@PathVariable String code, Model model, HttpServletResponse response) {
        Optional<Holder> holder = certificates.verify(code);
        if (holder.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        model.addAttribute("code", code.length() > 40 ? code.substring(0, 40) : code);
        model.addAttribute("holder", holder.orElse(null));
        return "evaluation/verify";
    }
}
