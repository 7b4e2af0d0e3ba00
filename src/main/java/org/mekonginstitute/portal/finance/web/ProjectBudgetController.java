package org.mekonginstitute.portal.finance.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.finance.BudgetCategory;
import org.mekonginstitute.portal.finance.FinanceService;
import org.mekonginstitute.portal.finance.ProjectFinance;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.http.ContentDisposition;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The project page's Budget tab: the budget currency, the budget lines, and budget, planned and spent by category,
 * component, year and activity, with the burn chart; and the same as an Excel workbook.
 */
@Controller
@RequiredArgsConstructor
class ProjectBudgetController {

    private final FinanceService finance;
    private final ProjectService projects;
    private final BudgetWorkbook workbook;

    @GetMapping("/projects/{id}/budget")
    String show(@PathVariable long id, Model model) {
        Project project = projects.get(id);
        ProjectFinance money = finance.project(id);
        model.addAttribute("project", project);
        model.addAttribute("finance", money);
        PageForms.blankUnlessTyped(model, "setupForm", () -> {
            BudgetSetupForm setup = new BudgetSetupForm();
            setup.setCurrency(money.hasBudget() ? money.currency() : firstFundingCurrency(id));
            setup.setVersion(money.version());
            return setup;
        });
        PageForms.blankUnlessTyped(model, "lineForm", () -> {
            BudgetLineForm line = new BudgetLineForm();
            line.setYear(project.getStartDate().getYear());
            return line;
        });
        model.addAttribute("components", projects.details(id).components());
        model.addAttribute("categories", BudgetCategory.values());
        List<Integer> years = IntStream.rangeClosed(
                        project.getStartDate().getYear(), project.getEndDate().getYear())
                .boxed()
                .toList();
        model.addAttribute("years", years);
        // The years as the reader counts them (Buddhist Era in Thai); the form sends the calendar year.
        Map<Integer, String> yearNames = new LinkedHashMap<>();
        years.forEach(year -> yearNames.put(year, Dates.year(year)));
        model.addAttribute("yearNames", yearNames);
        return "finance/project-budget";
    }

    @PostMapping("/projects/{id}/budget")
    String setUp(
            @PathVariable long id,
            @Valid @ModelAttribute("setupForm") BudgetSetupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            try {
                                finance.setCurrency(id, form.getCurrency(), form.getVersion());
                                flash.addFlashAttribute("saved", Text.of("finance.currency.saved", form.getCurrency()));
                            } catch (StaleEditException stale) {
                                flash.addFlashAttribute(
                                        "problem",
                                        Text.of(
                                                "finance.currency.stale",
                                                stale.info().changedBy()));
                            }
                            return "redirect:/projects/" + id + "/budget";
                        },
                        () -> show(id, model));
    }

    @PostMapping("/projects/{id}/budget/lines")
    String addLine(
            @PathVariable long id,
            @Valid @ModelAttribute("lineForm") BudgetLineForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .saveUnfolded(
                        () -> {
                            finance.addLine(id, form.toLine());
                            return Flash.saved(
                                    flash, Text.of("finance.lines.added"), "/projects/" + id + "/budget#lines");
                        },
                        model,
                        "openLineForm",
                        () -> show(id, model));
    }

    @PostMapping("/projects/{id}/budget/lines/{lineId}/delete")
    String removeLine(@PathVariable long id, @PathVariable long lineId, RedirectAttributes flash) {
        finance.removeLine(id, lineId);
        return Flash.saved(flash, Text.of("finance.lines.removed"), "/projects/" + id + "/budget#lines");
    }

    @GetMapping("/projects/{id}/budget.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        Project project = projects.get(id);
        byte[] file = workbook.write(project, finance.project(id));
        return Downloads.file(
                        Downloads.XLSX,
                        ContentDisposition.attachment()
                                .filename("budget-" + project.getCode() + ".xlsx")
                                .build())
                .body(file);
    }

    private String firstFundingCurrency(long projectId) {
        return projects.details(projectId).funding().stream()
                .map(f -> f.getCurrency())
                .findFirst()
                .orElse("USD");
    }
}
