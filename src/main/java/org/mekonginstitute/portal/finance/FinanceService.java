package org.mekonginstitute.portal.finance;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A project's budget: set up in a currency, kept in lines by year, component and category, and read with what the
 * activities plan and have spent.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class FinanceService {

    private final FinanceQueries queries;
    private final ProjectService projects;
    private final Currencies currencies;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    /** A line to add to a budget. */
    public record NewLine(int year, Long componentId, BudgetCategory category, BigDecimal amount, String note) {}

    public ProjectFinance project(long projectId) {
        var budget = queries.budget(projectId);
        if (budget.isEmpty()) {
            return new ProjectFinance(
                    projectId, null, 0, false, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
        }
        List<Figures> byCategory = queries.byCategory(projectId);
        Figures total = byCategory.stream().reduce(Figures.zero(Text.of("finance.total")), Figures::plus);
        List<ProjectFinance.Line> lines = queries.lines(projectId);
        return new ProjectFinance(
                projectId,
                budget.get().currency(),
                budget.get().version(),
                !lines.isEmpty()
                        || total.planned().signum() != 0
                        || total.spent().signum() != 0,
                lines,
                byCategory,
                queries.byComponent(projectId),
                queries.byYear(projectId),
                queries.activities(projectId),
                months(projectId),
                total);
    }

    /** Sets the budget up in a currency, or changes it while nothing is recorded in it. */
    @Transactional
    public void setCurrency(long projectId, String currency, long version) {
        projects.get(projectId);
        if (!currencies.isValid(currency)) {
            throw invalid("currency", Text.of("finance.currency.unknown"));
        }
        var existing = queries.budget(projectId);
        if (existing.isEmpty()) {
            jdbc.update("insert into project_budget (project_id, currency) values (?, ?)", projectId, currency);
            return;
        }
        ProjectFinance current = project(projectId);
        try {
            new BudgetCurrency(existing.get().currency(), current.moneyRecorded()).changeTo(currency);
        } catch (IllegalStateException refused) {
            throw invalid("currency", refused.getMessage());
        }
        int changed = jdbc.update(
                "update project_budget set currency = ?, version = version + 1, updated_at = now(),"
                        + " updated_by = coalesce(nullif(current_setting('portal.actor', true), ''), 'system')"
                        + " where project_id = ? and version = ?",
                currency,
                projectId,
                version);
        if (changed == 0) {
            throw stale("project_budget", "project_id", projectId);
        }
    }

    @Transactional
    public long addLine(long projectId, NewLine line) {
        var budget =
                queries.budget(projectId).orElseThrow(() -> invalid("amount", Text.of("finance.lines.noCurrency")));
        var project = projects.get(projectId);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(
                line.year() < project.getStartDate().getYear()
                        || line.year() > project.getEndDate().getYear(),
                "year",
                Text.of(
                        "finance.lines.year.outside",
                        Dates.year(project.getStartDate().getYear()),
                        Dates.year(project.getEndDate().getYear())));
        problems.addIf(line.amount().signum() < 0, "amount", Text.of("finance.amount.notNegative"));
        problems.addIf(
                line.amount().signum() >= 0 && !currencies.fitsMinorUnit(line.amount(), budget.currency()),
                "amount",
                Text.of("finance.amount.tooManyDecimals", budget.currency()));
        problems.addIf(
                line.componentId() != null
                        && projects.details(projectId).components().stream()
                                .noneMatch(c -> c.getId().equals(line.componentId())),
                "componentId",
                Text.of("finance.component.unknown"));
        problems.check();
        return jdbc.queryForObject(
                "insert into budget_line (project_id, year, component_id, category, amount, note)"
                        + " values (?, ?, ?, ?, ?, ?) returning id",
                Long.class,
                projectId,
                line.year(),
                line.componentId(),
                line.category().name(),
                line.amount(),
                line.note());
    }

    @Transactional
    public void removeLine(long projectId, long lineId) {
        if (jdbc.update("delete from budget_line where id = ? and project_id = ?", lineId, projectId) == 0) {
            throw new NotFoundException("budget_line", lineId);
        }
    }

    /** Month by month from the first spending to this month (or the project's last), with what was spent to date. */
    private List<ProjectFinance.Month> months(long projectId) {
        Map<YearMonth, BigDecimal> spent = queries.spentByMonth(projectId);
        List<ProjectFinance.Month> months = new ArrayList<>();
        if (spent.isEmpty()) {
            return months;
        }
        YearMonth first = spent.keySet().iterator().next();
        YearMonth last = YearMonth.from(LocalDate.now(clock));
        YearMonth lastSpent = ((java.util.TreeMap<YearMonth, BigDecimal>) spent).lastKey();
        if (lastSpent.isAfter(last)) {
            last = lastSpent;
        }
        BigDecimal toDate = BigDecimal.ZERO;
        for (YearMonth month = first; !month.isAfter(last) && months.size() < 240; month = month.plusMonths(1)) {
            BigDecimal inMonth = spent.getOrDefault(month, BigDecimal.ZERO);
            toDate = toDate.add(inMonth);
            months.add(new ProjectFinance.Month(month, inMonth, toDate));
        }
        return months;
    }

    StaleEditException stale(String table, String key, long id) {
        return jdbc
                .query(
                        "select updated_by, updated_at from " + table + " where " + key + " = ?",
                        (rs, n) -> new StaleEditException(
                                rs.getString(1), rs.getTimestamp(2).toInstant()),
                        id)
                .stream()
                .findFirst()
                .orElseGet(() -> new StaleEditException(Text.of("finance.stale.someone"), Instant.now(clock)));
    }

    static InvalidInput invalid(String field, String message) {
        return new InvalidInput(List.of(new InvalidInput.Problem(field, message)));
    }
}
