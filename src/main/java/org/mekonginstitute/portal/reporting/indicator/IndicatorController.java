package org.mekonginstitute.portal.reporting.indicator;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.reporting.IndicatorForm;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.reporting.IndicatorValueForm;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.springframework.dao.OptimisticLockingFailureException;
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
        if (!errors.hasErrors()) {
            try {
                Indicator created = indicators.create(id, form);
                flash.addFlashAttribute("saved", "Indicator “" + created.getName() + "” added.");
                return "redirect:/projects/" + id + "/indicators";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            }
        }
        model.addAttribute("openForm", true);
        return listView(id, model);
    }

    @GetMapping("/{indicatorId}/edit")
    String editForm(@PathVariable long id, @PathVariable long indicatorId, Model model) {
        IndicatorForm current = IndicatorForm.of(indicators.get(id, indicatorId));
        model.addAttribute("form", current);
        EditConflict.describe(model, current, userNames);
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
        String formUrl = "/projects/" + id + "/indicators/" + indicatorId + "/edit";
        if (!errors.hasErrors()) {
            try {
                indicators.update(id, indicatorId, form);
                flash.addFlashAttribute("saved", "Indicator “" + form.getName().strip() + "” saved.");
                return "redirect:/projects/" + id + "/indicators";
            } catch (InvalidInput invalid) {
                invalid.addTo(errors);
            } catch (StaleEditException stale) {
                return EditConflict.redirect(formUrl, form, stale, flash);
            } catch (OptimisticLockingFailureException race) {
                return EditConflict.redirect(formUrl, form, (indicators.get(id, indicatorId)).staleEdit(), flash);
            }
        }
        return editView(id, indicatorId, model);
    }

    @PostMapping("/{indicatorId}/delete")
    String delete(@PathVariable long id, @PathVariable long indicatorId, RedirectAttributes flash) {
        String name = indicators.get(id, indicatorId).getName();
        indicators.delete(id, indicatorId);
        flash.addFlashAttribute("saved", "Indicator “" + name + "” removed.");
        return "redirect:/projects/" + id + "/indicators";
    }

    @PostMapping("/{indicatorId}/values")
    String addValue(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @Valid @ModelAttribute("valueForm") IndicatorValueForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                indicators.addValue(id, indicatorId, form);
                flash.addFlashAttribute("saved", "Value recorded.");
                return "redirect:/projects/" + id + "/indicators#indicator-" + indicatorId;
            } catch (InvalidInput invalid) {
                if (invalid.problems().stream().anyMatch(p -> p.field() == null)) {
                    // not about a field: a computed indicator, which has no value form to show it beside
                    flash.addFlashAttribute("problem", invalid.problems().get(0).message());
                    return "redirect:/projects/" + id + "/indicators";
                }
                invalid.addTo(errors);
            }
        }
        model.addAttribute("valueFormFor", indicatorId);
        return listView(id, model);
    }

    @PostMapping("/{indicatorId}/values/{valueId}/delete")
    String removeValue(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @PathVariable long valueId,
            RedirectAttributes flash) {
        indicators.removeValue(id, indicatorId, valueId);
        flash.addFlashAttribute("saved", "Value removed.");
        return "redirect:/projects/" + id + "/indicators#indicator-" + indicatorId;
    }

    private String listView(long id, Model model) {
        model.addAttribute("project", projects.get(id));
        model.addAttribute("progress", indicators.progress(id));
        model.addAttribute("sources", IndicatorSource.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new IndicatorForm());
        }
        if (!model.containsAttribute("valueForm")) {
            model.addAttribute("valueForm", new IndicatorValueForm());
        }
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
