package org.mekonginstitute.portal.registration.apply;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.registration.model.Question;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Optional;

/**
 * The pages anyone with a link reaches without logging in: a partner's nomination form (which also lists what was
 * sent through it) or the open registration form, a clear page when the link is closed, full or unknown, and each
 * applicant's own page. Every submission counts against the rate limits first.
 */
@Controller
@RequestMapping("/apply")
@RequiredArgsConstructor
class PublicRegistrationController {

    private final ApplyService apply;

    @GetMapping("/{token}")
    String form(@PathVariable String token, Model model, HttpServletResponse response) {
        if (!model.containsAttribute("form")) {
            Object sent = model.getAttribute("sent");
            model.addAttribute(
                    "form",
                    sent instanceof Receipt receipt
                            ? ApplicationForm.next(receipt.nominatorName(), receipt.nominatorEmail())
                            : new ApplicationForm());
        }
        LinkView view = apply.view(token);
        if (view.nomination() && model.getAttribute("form") instanceof ApplicationForm form) {
            form.nominatedBy(view.partner());
        }
        return page(view, token, model, response);
    }

    @PostMapping("/{token}")
    String submit(
            @PathVariable String token,
            @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult errors,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes flash) {
        try {
            apply.count(token, request.getRemoteAddr());
        } catch (TooManySubmissions refused) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("message", refused.getMessage());
            return "registration/public/too-many";
        }
        LinkView view = apply.view(token);
        if (view.state() != LinkState.OPEN) {
            return page(view, token, model, response);
        }
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                Receipt receipt = apply.submit(token, form);
                                flash.addFlashAttribute("sent", receipt);
                                return view.nomination() || receipt.statusToken() == null
                                        ? "redirect:/apply/" + token
                                        : "redirect:/apply/status/" + receipt.statusToken();
                            } catch (LinkUnavailable unavailable) {
                                return page(unavailable.view(), token, model, response);
                            }
                        },
                        () -> page(view, token, model, response));
    }

    /** The applicant's own page, at the address sent with the confirmation. */
    @GetMapping("/status/{token}")
    String status(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<StatusView> application = apply.status(token);
        if (application.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("view", LinkView.of(LinkState.UNKNOWN));
            return "registration/public/apply";
        }
        model.addAttribute("own", application.get());
        return "registration/public/status";
    }

    private static String page(LinkView view, String token, Model model, HttpServletResponse response) {
        if (view.state().notFound()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("seniorities", Seniority.values());
        model.addAttribute("organisationTypes", OrganisationType.values());
        model.addAttribute("questions", Question.values());
        return "registration/public/apply";
    }
}
