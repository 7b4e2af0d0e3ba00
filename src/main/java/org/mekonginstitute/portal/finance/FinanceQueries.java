package org.mekonginstitute.portal.finance;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the money of a project or an activity in a fixed number of statements, whatever their size. Converted
 * amounts are summed as amount × rate in PostgreSQL's exact numeric arithmetic.
 */
@Component
@RequiredArgsConstructor
class FinanceQueries {

    private static final String MONEY = """
            select category, component_id, year, amount as budget, 0 as planned, 0 as spent
            from budget_line where project_id = :p
            union all
            select l.category, b.component_id, null, 0, l.amount, 0
            from activity_budget_line l join activity_budget b on b.activity_id = l.activity_id
            join activity a on a.id = b.activity_id where a.project_id = :p
            union all
            select e.category, b.component_id, extract(year from e.spent_on)::int, 0, 0, e.amount * e.rate
            from expenditure e join activity a on a.id = e.activity_id
            left join activity_budget b on b.activity_id = e.activity_id where a.project_id = :p""";

    private final NamedParameterJdbcTemplate jdbc;

    record Budget(String currency, long version) {}

    java.util.Optional<Budget> budget(long projectId) {
        return jdbc
                .query(
                        "select currency, version from project_budget where project_id = :p",
                        Map.of("p", projectId),
                        (rs, n) -> new Budget(rs.getString(1), rs.getLong(2)))
                .stream()
                .findFirst();
    }

    List<ProjectFinance.Line> lines(long projectId) {
        return jdbc.query(
                """
                select l.id, l.year, l.component_id, c.number, c.title, l.category, l.amount, l.note
                from budget_line l left join project_component c on c.id = l.component_id
                where l.project_id = :p order by l.year, c.number nulls last, l.category, l.id""",
                Map.of("p", projectId),
                (rs, n) -> new ProjectFinance.Line(
                        rs.getLong("id"),
                        rs.getInt("year"),
                        (Long) rs.getObject("component_id"),
                        component(rs),
                        BudgetCategory.valueOf(rs.getString("category")),
                        rs.getBigDecimal("amount"),
                        rs.getString("note")));
    }

    /**
     * Budget, planned and spent by category: every category, those without money at zero. Rows are named in the
     * reader's language (categories, components, years), as everything read here is shown at once.
     */
    List<Figures> byCategory(long projectId) {
        Map<BudgetCategory, Figures> found = new EnumMap<>(BudgetCategory.class);
        jdbc.query(
                "select category, sum(budget) as budget, sum(planned) as planned, sum(spent) as spent from (" + MONEY
                        + ") m group by category",
                Map.of("p", projectId),
                rs -> {
                    BudgetCategory category = BudgetCategory.valueOf(rs.getString("category"));
                    found.put(category, figures(category.label(), rs));
                });
        List<Figures> rows = new ArrayList<>();
        for (BudgetCategory category : BudgetCategory.values()) {
            rows.add(found.getOrDefault(category, Figures.zero(category.label())));
        }
        return rows;
    }

    List<Figures> byComponent(long projectId) {
        return jdbc.query(
                """
                select c.number, c.title, sum(m.budget) as budget, sum(m.planned) as planned, sum(m.spent) as spent
                from (%s) m left join project_component c on c.id = m.component_id
                group by c.number, c.title order by c.number nulls last""".formatted(MONEY),
                Map.of("p", projectId),
                (rs, n) -> figures(component(rs) == null ? Text.of("finance.component.none") : component(rs), rs));
    }

    List<Figures> byYear(long projectId) {
        String byYear = """
                select year, sum(budget) as budget, sum(planned) as planned, sum(spent) as spent
                from (%s) m where year is not null group by year order by year""".formatted(MONEY);
        return jdbc.query(byYear, Map.of("p", projectId), (rs, n) -> figures(Dates.year(rs.getInt("year")), rs));
    }

    List<ProjectFinance.ActivityMoney> activities(long projectId) {
        return jdbc.query(
                """
                select a.id, a.title, a.start_date, coalesce(pl.planned, 0) as planned, coalesce(sp.spent, 0) as spent
                from activity a
                left join lateral (select sum(amount) as planned from activity_budget_line where activity_id = a.id) pl on true
                left join lateral (select sum(amount * rate) as spent from expenditure where activity_id = a.id) sp on true
                where a.project_id = :p and (pl.planned is not null or sp.spent is not null)
                order by a.start_date nulls last, a.id""",
                Map.of("p", projectId),
                (rs, n) -> new ProjectFinance.ActivityMoney(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getBigDecimal("planned"),
                        rs.getBigDecimal("spent")));
    }

    /** Spent per month, in order, months without spending left out. */
    Map<YearMonth, BigDecimal> spentByMonth(long projectId) {
        Map<YearMonth, BigDecimal> months = new java.util.TreeMap<>();
        jdbc.query("""
                select date_trunc('month', e.spent_on)::date as month, sum(e.amount * e.rate) as spent
                from expenditure e join activity a on a.id = e.activity_id where a.project_id = :p
                group by 1 order by 1""", Map.of("p", projectId), rs -> {
            months.put(YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getBigDecimal("spent"));
        });
        return months;
    }

    record ActivityBudget(long projectId, String currency, Long componentId, long version) {}

    java.util.Optional<ActivityBudget> activity(long activityId) {
        return jdbc
                .query(
                        """
                        select a.project_id, pb.currency, b.component_id, coalesce(b.version, -1) as version
                        from activity a left join project_budget pb on pb.project_id = a.project_id
                        left join activity_budget b on b.activity_id = a.id where a.id = :a""",
                        Map.of("a", activityId),
                        (rs, n) -> new ActivityBudget(
                                rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), rs.getLong(4)))
                .stream()
                .findFirst();
    }

    Map<BudgetCategory, BigDecimal> planned(long activityId) {
        Map<BudgetCategory, BigDecimal> planned = new EnumMap<>(BudgetCategory.class);
        jdbc.query(
                "select category, amount from activity_budget_line where activity_id = :a",
                Map.of("a", activityId),
                rs -> {
                    planned.put(BudgetCategory.valueOf(rs.getString(1)), rs.getBigDecimal(2));
                });
        return planned;
    }

    List<ActivityFinance.Spent> spent(long activityId) {
        return jdbc.query(
                """
                select e.id, e.spent_on, e.category, e.amount, e.currency, e.rate, e.amount * e.rate as converted,
                       e.payee, e.reference, d.id as receipt_id, d.title as receipt_title
                from expenditure e left join document d on d.id = e.receipt_document_id
                where e.activity_id = :a order by e.spent_on, e.id""",
                Map.of("a", activityId),
                (rs, n) -> new ActivityFinance.Spent(
                        rs.getLong("id"),
                        rs.getObject("spent_on", LocalDate.class),
                        BudgetCategory.valueOf(rs.getString("category")),
                        rs.getBigDecimal("amount"),
                        rs.getString("currency"),
                        rs.getBigDecimal("rate"),
                        rs.getBigDecimal("converted"),
                        rs.getString("payee"),
                        rs.getString("reference"),
                        (Long) rs.getObject("receipt_id"),
                        rs.getString("receipt_title")));
    }

    private static Figures figures(String label, ResultSet rs) throws SQLException {
        return new Figures(label, rs.getBigDecimal("budget"), rs.getBigDecimal("planned"), rs.getBigDecimal("spent"));
    }

    private static String component(ResultSet rs) throws SQLException {
        Object number = rs.getObject("number");
        return number == null
                ? null
                : Text.of("finance.component.label", String.valueOf(number), rs.getString("title"));
    }
}
