package org.mekonginstitute.portal.finance;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The money the reports publish: the donor report's financial summary, and the IATI file's budgets and spending. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class FinanceReports {

    private final FinanceQueries queries;
    private final NamedParameterJdbcTemplate jdbc;

    /** A project's budget for one calendar year, in its budget currency. */
    public record YearBudget(int year, String currency, BigDecimal amount) {}

    /** One expenditure as published: when, how much in the currency paid, on what, for which activity. */
    public record Payment(
            LocalDate date, BigDecimal amount, String currency, BudgetCategory category, String activity) {}

    /** A project's budgets by year and its expenditure, for IATI. */
    public record ProjectMoney(List<YearBudget> budgets, List<Payment> payments) {}

    public Optional<FinancialSummary> summary(long projectId) {
        return queries.budget(projectId).map(budget -> {
            List<Figures> byCategory = queries.byCategory(projectId);
            return new FinancialSummary(
                    budget.currency(),
                    byCategory,
                    queries.byComponent(projectId),
                    byCategory.stream().reduce(Figures.zero(Text.of("finance.total")), Figures::plus));
        });
    }

    /** Budgets by year and expenditure of several projects: two statements, whatever their number. */
    public Map<Long, ProjectMoney> ofProjects(Collection<Long> projectIds) {
        Map<Long, List<YearBudget>> budgets = new HashMap<>();
        Map<Long, List<Payment>> payments = new HashMap<>();
        if (projectIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> ids = Map.of("ids", projectIds);
        jdbc.query("""
                select l.project_id, l.year, b.currency, sum(l.amount) as amount
                from budget_line l join project_budget b on b.project_id = l.project_id
                where l.project_id in (:ids) group by l.project_id, l.year, b.currency
                having sum(l.amount) > 0 order by l.project_id, l.year""", ids, rs -> {
            budgets.computeIfAbsent(rs.getLong("project_id"), k -> new java.util.ArrayList<>())
                    .add(new YearBudget(rs.getInt("year"), rs.getString("currency"), rs.getBigDecimal("amount")));
        });
        jdbc.query("""
                select a.project_id, e.spent_on, e.amount, e.currency, e.category, a.title
                from expenditure e join activity a on a.id = e.activity_id
                where a.project_id in (:ids) order by a.project_id, e.spent_on, e.id""", ids, rs -> {
            payments.computeIfAbsent(rs.getLong("project_id"), k -> new java.util.ArrayList<>())
                    .add(new Payment(
                            rs.getObject("spent_on", LocalDate.class),
                            rs.getBigDecimal("amount"),
                            rs.getString("currency"),
                            BudgetCategory.valueOf(rs.getString("category")),
                            rs.getString("title")));
        });
        Map<Long, ProjectMoney> money = new HashMap<>();
        for (Long id : projectIds) {
            money.put(id, new ProjectMoney(budgets.getOrDefault(id, List.of()), payments.getOrDefault(id, List.of())));
        }
        return money;
    }
}
