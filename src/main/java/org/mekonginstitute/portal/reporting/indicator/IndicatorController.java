package org.mekonginstitute.portal.reporting.indicator;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorForm;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.reporting.IndicatorValueForm;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project page's Indicators tab: targets against actual values, indicators added, edited and removed, and
 * dated values reported for the manual ones. A refused form comes back on the tab with its messages.
 */
@Controller
@RequestMapping("/projects/{id}/indicators")
@RequiredArgsConstructor
class IndicatorController {

    private final IndicatorService indicators;
    private final ProjectService projects;
    private final UserDirectory userNames;

    @GetMapping
    String list(@PathVariable long id, Model model) {
        return listView(id, model);
    }

    @PostMapping
    String create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .saveUnfolded(
                        () -> {
                            Indicator created = indicators.create(id, form.toDefinition());
                            return Flash.saved(flash, Text.of("reporting.indicator.added", created.getName()), tab(id));
                        },
                        model,
                        "openForm",
                        () -> listView(id, model));
    }

    @GetMapping("/{indicatorId}/edit")
    String editForm(@PathVariable long id, @PathVariable long indicatorId, Model model) {
        EditConflict.editForm(model, "form", IndicatorForm.of(indicators.get(id, indicatorId)), userNames);
        return editView(id, indicatorId, model);
    }

    @PostMapping("/{indicatorId}")
    String update(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            IndicatorDefinition definition = form.toDefinition();
                            indicators.update(id, indicatorId, definition, form.getVersion());
                            return Flash.saved(flash, Text.of("reporting.indicator.saved", definition.name()), tab(id));
                        },
                        () -> editView(id, indicatorId, model),
                        "/projects/" + id + "/indicators/" + indicatorId + "/edit",
                        () -> indicators.get(id, indicatorId).staleEdit());
    }

    @PostMapping("/{indicatorId}/delete")
    String delete(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes flash) {
        String name = indicators.get(id, indicatorId).getName();
        indicators.delete(id, indicatorId);
        return Flash.saved(flash, Text.of("reporting.indicator.removed", name), tab(id));
    }

    @PostMapping("/{indicatorId}/values")
    String addValue(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @Valid @ModelAttribute("valueForm") IndicatorValueForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                indicators.addValue(id, indicatorId, form.toValue());
                            } catch (InvalidInput invalid) {
                                // A problem not about a field is a computed indicator's: it has no value form to show
                                // it.
                                if (invalid.problems().stream().noneMatch(p -> p.field() == null)) {
                                    throw invalid;
                                }
                                return Flash.problem(
                                        flash, invalid.problems().get(0).message(), tab(id));
                            }
                            return Flash.saved(
                                    flash,
                                    Text.of("reporting.indicator.value.recorded"),
                                    tab(id) + "#indicator-" + indicatorId);
                        },
                        () -> {
                            model.addAttribute("valueFormFor", indicatorId);
                            return listView(id, model);
                        });
    }

    @PostMapping("/{indicatorId}/values/{valueId}/delete")
    String removeValue(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @PathVariable long valueId,
            RedirectAttributes flash) {
        indicators.removeValue(id, indicatorId, valueId);
        return Flash.saved(flash, Text.of("reporting.indicator.value.removed"), tab(id) + "#indicator-" + indicatorId);
    }

    /** The project page's Indicators tab, where every change here goes back to. */
    private static String tab(long id) {
        return "/projects/" + id + "/indicators";
    }

    private String listView(long id, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("progress", indicators.progress(id));
        model.addAttribute("sources", IndicatorSource.values());
        PageForms.blankUnlessTyped(model, "form", IndicatorForm::new);
        PageForms.blankUnlessTyped(model, "valueForm", IndicatorValueForm::new);
        model.addAttribute("blankValueForm", new IndicatorValueForm());
        return "reporting/indicators";
    }

    private String editView(long id, long indicatorId, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("indicator", indicators.get(id, indicatorId));
        model.addAttribute("sources", IndicatorSource.values());
        return "reporting/indicator-form";
    }
}
