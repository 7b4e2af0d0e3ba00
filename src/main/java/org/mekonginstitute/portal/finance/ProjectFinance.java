package org.mekonginstitute.portal.finance;

import org.mekonginstitute.portal.shared.Dates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A project's money as its Budget tab shows it: the budget lines, and budget, planned and spent by category,
 * component and year, per activity, and month by month. All in the budget currency; null currency when no budget
 * has been set up yet.
 */
public record ProjectFinance(
        long projectId,
        String currency,
        long version,
        boolean moneyRecorded,
        List<Line> lines,
        List<Figures> byCategory,
        List<Figures> byComponent,
        List<Figures> byYear,
        List<ActivityMoney> activities,
        List<Month> months,
        Figures total) {

    /** A line of the budget. */
    public record Line(
            long id,
            int year,
            Long componentId,
            String component,
            BudgetCategory category,
            BigDecimal amount,
            String note) {

        /** The line's year as the reader counts it (2569 rather than 2026 in Thai). */
        public String yearShown() {
            return Dates.year(year);
        }
    }

    /** What an activity plans and has spent. */
    public record ActivityMoney(long id, String title, LocalDate start, BigDecimal planned, BigDecimal spent) {}

    /** Spent in a month, and everything spent up to its end. */
    public record Month(YearMonth month, BigDecimal spent, BigDecimal toDate) {}

    public boolean hasBudget() {
        return currency != null;
    }
}
