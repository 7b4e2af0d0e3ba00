package org.mekonginstitute.portal.finance;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentCategory;
import org.mekonginstitute.portal.document.DocumentService;
import org.mekonginstitute.portal.document.IncomingFile;
import org.mekonginstitute.portal.document.RecordType;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An activity's money: its planned budget by category (saved whole, with a version, so two people planning at once
 * do not overwrite each other) and the expenditure recorded for it, with the rate of the month when none is given,
 * and a receipt kept among the activity's documents.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ActivityMoneyService {

    private final FinanceQueries queries;
    private final FinanceService finance;
    private final ProjectService projects;
    private final ExchangeRates rates;
    private final Currencies currencies;
    private final DocumentService documents;
    private final JdbcTemplate jdbc;

    /** An activity's planned budget as saved from its form: -1 as version for a first plan. */
    public record Plan(Long componentId, Map<BudgetCategory, BigDecimal> amounts, long version) {}

    /** Spending to record, with the rate left null to take the month's, and the receipt: a new file or a document. */
    public record NewSpending(Spending spending, IncomingFile receipt, Long receiptDocumentId) {}

    public ActivityFinance of(long activityId) {
        FinanceQueries.ActivityBudget budget = budget(activityId);
        Map<BudgetCategory, BigDecimal> planned = queries.planned(activityId);
        List<ActivityFinance.Spent> spent = queries.spent(activityId);
        List<Figures> byCategory = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            BigDecimal spentIn = spent.stream()
                    .filter(s -> s.category() == category)
                    .map(ActivityFinance.Spent::converted)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            byCategory.add(new Figures(
                    category.label(), BigDecimal.ZERO, planned.getOrDefault(category, BigDecimal.ZERO), spentIn));
        }
        Figures total = byCategory.stream().reduce(Figures.zero(Text.of("finance.total")), Figures::plus);
        return new ActivityFinance(
                activityId,
                budget.projectId(),
                budget.currency(),
                budget.componentId(),
                budget.version(),
                planned,
                spent,
                byCategory,
                total);
    }

    @Transactional
    public void savePlan(long activityId, Plan plan) {
        FinanceQueries.ActivityBudget budget = budget(activityId);
        if (budget.currency() == null) {
            throw FinanceService.invalid(null, Text.of("finance.activity.noCurrency"));
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        plan.amounts().forEach((category, amount) -> {
            String field = "amounts[" + category.name() + "]";
            problems.addIf(amount.signum() < 0, field, Text.of("finance.amount.notNegative"));
            problems.addIf(amount.precision() - amount.scale() > 15, field, Text.of("finance.amount.smaller"));
            problems.addIf(
                    amount.signum() >= 0 && !currencies.fitsMinorUnit(amount, budget.currency()),
                    field,
                    Text.of("finance.amount.tooManyDecimals", budget.currency()));
        });
        problems.addIf(
                plan.componentId() != null
                        && projects.details(budget.projectId()).components().stream()
                                .noneMatch(c -> c.getId().equals(plan.componentId())),
                "componentId",
                Text.of("finance.component.unknown"));
        problems.check();
        if (budget.version() < 0) {
            jdbc.update(
                    "insert into activity_budget (activity_id, component_id) values (?, ?)",
                    activityId,
                    plan.componentId());
        } else if (jdbc.update(
                        "update activity_budget set component_id = ?, version = version + 1, updated_at = now(),"
                                + " updated_by = coalesce(nullif(current_setting('portal.actor', true), ''), 'system')"
                                + " where activity_id = ? and version = ?",
                        plan.componentId(),
                        activityId,
                        plan.version())
                == 0) {
            throw finance.stale("activity_budget", "activity_id", activityId);
        }
        Map<BudgetCategory, BigDecimal> kept = new EnumMap<>(plan.amounts());
        kept.values().removeIf(amount -> amount.signum() == 0);
        jdbc.update("delete from activity_budget_line where activity_id = ?", activityId);
        kept.forEach((category, amount) -> jdbc.update(
                "insert into activity_budget_line (activity_id, category, amount) values (?, ?, ?)",
                activityId,
                category.name(),
                amount));
    }

    @Transactional
    public long record(long activityId, NewSpending entry, PortalUser user) {
        FinanceQueries.ActivityBudget budget = budget(activityId);
        if (budget.currency() == null) {
            throw FinanceService.invalid(null, Text.of("finance.activity.noCurrency"));
        }
        Spending given = entry.spending();
        if (!currencies.isValid(given.currency())) {
            throw FinanceService.invalid("currency", Text.of("finance.currency.unknown"));
        }
        Spending spending = given.rate() != null ? given : withRate(given, budget.currency());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        spending.problems(budget.currency(), currencies.minorDigits(spending.currency()))
                .forEach(problems::add);
        problems.addIf(
                entry.receiptDocumentId() != null
                        && documents.of(RecordType.ACTIVITY, activityId).stream()
                                .noneMatch(d -> d.id() == entry.receiptDocumentId()),
                "receiptDocumentId",
                Text.of("finance.expenditure.receiptDocument.unknown"));
        problems.check();
        Long receipt = entry.receiptDocumentId();
        if (entry.receipt() != null && entry.receipt().size() > 0) {
            String title = Text.of(
                    "finance.expenditure.receiptTitle",
                    spending.reference() == null ? spending.spentOn().toString() : spending.reference());
            receipt = documents
                    .upload(
                            RecordType.ACTIVITY,
                            activityId,
                            DocumentCategory.RECEIPT,
                            title,
                            List.of(entry.receipt()),
                            user)
                    .get(0);
        }
        return jdbc.queryForObject(
                """
                insert into expenditure (activity_id, spent_on, category, amount, currency, rate, payee, reference,
                                         receipt_document_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                activityId,
                spending.spentOn(),
                spending.category().name(),
                spending.amount(),
                spending.currency(),
                spending.rate(),
                spending.payee(),
                spending.reference(),
                receipt);
    }

    @Transactional
    public void remove(long activityId, long expenditureId) {
        if (jdbc.update("delete from expenditure where id = ? and activity_id = ?", expenditureId, activityId) == 0) {
            throw new NotFoundException("Expenditure", expenditureId);
        }
    }

    private Spending withRate(Spending spending, String budgetCurrency) {
        BigDecimal rate = spending.currency().equals(budgetCurrency)
                ? BigDecimal.ONE
                : rates.rate(spending.currency(), budgetCurrency, java.time.YearMonth.from(spending.spentOn()))
                        .orElseThrow(() -> FinanceService.invalid(
                                "rate",
                                Text.of(
                                        "finance.rate.missing",
                                        spending.currency(),
                                        budgetCurrency,
                                        java.time.YearMonth.from(spending.spentOn())
                                                .toString())));
        return new Spending(
                spending.spentOn(),
                spending.category(),
                spending.amount(),
                spending.currency(),
                rate,
                spending.payee(),
                spending.reference());
    }

    private FinanceQueries.ActivityBudget budget(long activityId) {
        return queries.activity(activityId).orElseThrow(() -> new NotFoundException("Activity", activityId));
    }

    /** Who last changed the activity's planned budget, and when: what a second editor is told. */
    @Transactional(readOnly = true)
    public StaleEditException planChanged(long activityId) {
        return finance.stale("activity_budget", "activity_id", activityId);
    }
}
