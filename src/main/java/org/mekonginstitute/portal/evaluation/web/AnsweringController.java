package org.mekonginstitute.portal.evaluation.web;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.evaluation.answering.AnsweringService;
import org.mekonginstitute.portal.evaluation.answering.Respondent;
import org.mekonginstitute.portal.evaluation.questionnaire.Questionnaire;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
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
 * The participant's side, reached without logging in through a personal link: the rounds open to them, each
 * questionnaire, and their answers taken once. A link that is unknown, replaced or malformed gets a page that
 * says so, never the portal's login.
 */
@Controller
@RequestMapping("/answer/{token}")
@RequiredArgsConstructor
class AnsweringController {

    private final AnswerLinks links;
    private final AnsweringService answering;

    @GetMapping
    String overview(@PathVariable String token, Model model, HttpServletResponse response) {
        Optional<Respondent> who = links.resolve(token);
        if (who.isEmpty()) {
            return unusable(response);
        }
        model.addAttribute("who", who.get());
        model.addAttribute("offers", answering.offers(who.get()));
        model.addAttribute("token", token);
        return "evaluation/answer-overview";
    }

    @GetMapping("/{round}")
    String questionnaire(
            @PathVariable String token, @PathVariable String round, Model model, HttpServletResponse response) {
        Optional<Respondent> who = links.resolve(token);
        Optional<Round> which = Round.ofSlug(round);
        if (who.isEmpty() || which.isEmpty()) {
            return unusable(response);
        }
        model.addAttribute("form", new AnswerForm());
        return form(token, who.get(), which.get(), model);
    }

    @PostMapping("/{round}")
    String answer(
            @PathVariable String token,
            @PathVariable String round,
            @ModelAttribute("form") AnswerForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Optional<Respondent> who = links.resolve(token);
        Optional<Round> which = Round.ofSlug(round);
        if (who.isEmpty() || which.isEmpty()) {
            return unusable(response);
        }
        if (!errors.hasErrors()) {
            try {
                answering.submit(who.get(), which.get(), form.getAnswers());
                flash.addFlashAttribute("thanks", which.get());
                return "redirect:/answer/" + token;
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (AnsweringService.RoundClosed closed) {
                return form(token, who.get(), which.get(), model);
            }
        } else {
            errors.reject("unreadable", Text.of("evaluation.answer.unreadable"));
        }
        return form(token, who.get(), which.get(), model);
    }

    private String form(String token, Respondent who, Round round, Model model) {
        model.addAttribute("who", who);
        model.addAttribute("round", round);
        model.addAttribute("token", token);
        Optional<Questionnaire> questionnaire = answering.toAnswer(who, round);
        if (questionnaire.isEmpty()) {
            model.addAttribute("answered", answering.hasAnswered(who, round));
            return "evaluation/answer-closed";
        }
        model.addAttribute("questionnaire", questionnaire.get());
        return "evaluation/answer-form";
    }

    static String unusable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "evaluation/answer-unusable";
    }
}
