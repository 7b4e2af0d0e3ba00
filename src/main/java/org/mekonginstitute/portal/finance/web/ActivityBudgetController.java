package org.mekonginstitute.portal.finance.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.document.DocumentService;
import org.mekonginstitute.portal.document.IncomingFile;
import org.mekonginstitute.portal.document.RecordType;
import org.mekonginstitute.portal.finance.ActivityFinance;
import org.mekonginstitute.portal.finance.ActivityMoneyService;
import org.mekonginstitute.portal.finance.BudgetCategory;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.EditConflict;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.shared.UserDirectory;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The activity page's Budget tab: the planned budget by category, and the expenditure recorded with receipts. */
@Controller
@RequiredArgsConstructor
class ActivityBudgetController {

    private final ActivityMoneyService money;
    private final ActivityService activities;
    private final ProjectService projects;
    private final DocumentService documents;
    private final UserDirectory userNames;

    @GetMapping("/activities/{id}/budget")
    String show(@PathVariable long id, Model model) {
        Activity activity = activities.get(id);
        ActivityFinance finance = money.of(id);
        model.addAttribute("activity", activity);
        model.addAttribute("finance", finance);
        PlanForm current = PlanForm.of(finance);
        PageForms.blankUnlessTyped(model, "planForm", () -> current);
        EditConflict.describe(model, current, userNames);
        PageForms.blankUnlessTyped(model, "expenditureForm", () -> ExpenditureForm.in(finance.currency()));
        model.addAttribute("components", projects.details(finance.projectId()).components());
        model.addAttribute("categories", BudgetCategory.values());
        model.addAttribute("documents", documents.of(RecordType.ACTIVITY, id));
        return "finance/activity-budget";
    }

    @PostMapping("/activities/{id}/budget")
    String savePlan(
            @PathVariable long id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            money.savePlan(id, form.toPlan());
                            return Flash.saved(
                                    flash, Text.of("finance.activity.plan.saved"), "/activities/" + id + "/budget");
                        },
                        () -> show(id, model),
                        "/activities/" + id + "/budget",
                        () -> money.planChanged(id));
    }

    @PostMapping("/activities/{id}/expenditure")
    String record(
            @PathVariable long id,
            @Valid @ModelAttribute("expenditureForm") ExpenditureForm form,
            BindingResult errors,
            @AuthenticationPrincipal PortalUser user,
            Model model,
            RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .saveUnfolded(
                        () -> {
                            var receipt = form.getReceipt();
                            money.record(
                                    id,
                                    new ActivityMoneyService.NewSpending(
                                            form.toSpending(),
                                            receipt == null || receipt.isEmpty()
                                                    ? null
                                                    : new IncomingFile(
                                                            receipt.getOriginalFilename(), receipt.getSize(), receipt),
                                            form.getReceiptDocumentId()),
                                    user);
                            return Flash.saved(
                                    flash,
                                    Text.of("finance.expenditure.recorded"),
                                    "/activities/" + id + "/budget#expenditure");
                        },
                        model,
                        "openExpenditureForm",
                        () -> show(id, model));
    }

    @PostMapping("/activities/{id}/expenditure/{expenditureId}/delete")
    String remove(@PathVariable long id, @PathVariable long expenditureId, RedirectAttributes flash) {
        money.remove(id, expenditureId);
        return Flash.saved(flash, Text.of("finance.expenditure.removed"), "/activities/" + id + "/budget#expenditure");
    }
}
