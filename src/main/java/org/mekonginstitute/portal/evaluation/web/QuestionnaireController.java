package org.mekonginstitute.portal.evaluation.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireKind;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireRefused;
import org.mekonginstitute.portal.evaluation.questionnaire.QuestionnaireService;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.function.Consumer;

/** Staff build an activity's test and evaluation and open and close their rounds. */
@Controller
@RequestMapping("/activities/{id}/evaluation")
@RequiredArgsConstructor
class QuestionnaireController {

    private final QuestionnaireService questionnaires;
    private final EvaluationPage page;

    @GetMapping
    String show(@PathVariable long id, @RequestParam(defaultValue = "1") String page, Model model) {
        return this.page.show(id, ListFilter.pageIndex(page), model);
    }

    /** A new item; a refused one is shown again in its form with the reason. */
    @PostMapping("/{kind}/items")
    String addItem(
            @PathVariable long id,
            @PathVariable String kind,
            @Valid ItemForm item,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        QuestionnaireKind questionnaire = kind(kind);
        if (!errors.hasErrors()) {
            try {
                questionnaires.addItem(id, questionnaire, item.draft());
                flash.addFlashAttribute(
                        "saved",
                        Text.of("evaluation.item.added", questionnaire.label().toLowerCase()));
                return redirect(id, questionnaire);
            } catch (QuestionnaireRefused refused) {
                errors.reject("refused", refused.getMessage());
            }
        }
        String name = questionnaire.slug() + "Item";
        model.addAttribute(name, item);
        model.addAttribute("openForm", questionnaire.slug());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
        return page.show(id, model);
    }

    @PostMapping("/{kind}/items/{itemId}/remove")
    String removeItem(
            @PathVariable long id, @PathVariable String kind, @PathVariable long itemId, RedirectAttributes flash) {
        return act(flash, id, kind, "evaluation.item.removed", which -> questionnaires.removeItem(id, which, itemId));
    }

    @PostMapping("/{kind}/describe")
    String describe(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "false") boolean anonymous,
            RedirectAttributes flash) {
        return act(
                flash,
                id,
                kind,
                "evaluation.questionnaire.saved",
                which -> questionnaires.describe(id, which, title, anonymous));
    }

    @PostMapping("/{kind}/copy")
    String copy(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(required = false) Long source,
            RedirectAttributes flash) {
        if (source == null) {
            flash.addFlashAttribute("problem", Text.of("evaluation.copy.chooseSource"));
            return redirect(id, kind(kind));
        }
        return act(flash, id, kind, "evaluation.copy.done", which -> questionnaires.copy(id, which, source));
    }

    @PostMapping("/{kind}/template")
    String keepAsTemplate(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes flash) {
        return act(
                flash, id, kind, "evaluation.template.kept", which -> questionnaires.keepAsTemplate(id, which, title));
    }

    @PostMapping("/rounds/{round}/{change:open|close}")
    String changeRound(
            @PathVariable long id, @PathVariable String round, @PathVariable String change, RedirectAttributes flash) {
        Round which = Round.ofSlug(round).orElseThrow(() -> new NotFoundException("Round", round));
        boolean open = change.equals("open");
        String done = Text.of(open ? "evaluation.round.opened" : "evaluation.round.closed", which.label());
        return act(flash, id, which.kind(), done, () -> {
            if (open) {
                questionnaires.open(id, which);
            } else {
                questionnaires.close(id, which);
            }
        });
    }

    /**
     * Does something to the questionnaire the address names ({@code test} or {@code evaluation}), as
     * {@link #act(RedirectAttributes, long, QuestionnaireKind, String, Runnable)} does.
     *
     * @param done the key of the message that says it was done
     */
    private static String act(
            RedirectAttributes flash, long id, String slug, String done, Consumer<QuestionnaireKind> action) {
        QuestionnaireKind questionnaire = kind(slug);
        return act(flash, id, questionnaire, Text.of(done), () -> action.accept(questionnaire));
    }

    /** Does it and goes back to the questionnaire's section, saying it was done or why it was refused. */
    private static String act(RedirectAttributes flash, long id, QuestionnaireKind kind, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("saved", done);
        } catch (QuestionnaireRefused refused) {
            flash.addFlashAttribute("problem", refused.getMessage());
        }
        return redirect(id, kind);
    }

    private static String redirect(long id, QuestionnaireKind kind) {
        return "redirect:/activities/" + id + "/evaluation#" + kind.slug();
    }

    static QuestionnaireKind kind(String slug) {
        return QuestionnaireKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("Questionnaire", slug));
    }
}
