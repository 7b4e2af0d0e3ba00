package org.mekonginstitute.portal.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An activity's money as its Budget tab shows it: the planned budget by category (and the component it counts
 * towards), what was spent, and planned against spent by category, in the project's budget currency (null when
 * the project has no budget yet).
 */
public record ActivityFinance(
        long activityId,
        long projectId,
        String currency,
        Long componentId,
        long planVersion,
        Map<BudgetCategory, BigDecimal> planned,
        List<Spent> spent,
        List<Figures> byCategory,
        Figures total) {

    /** One expenditure with its amount in the budget currency (exact) and its receipt, if any. */
    public record Spent(
            long id,
            LocalDate spentOn,
            BudgetCategory category,
            BigDecimal amount,
            String currency,
            BigDecimal rate,
            BigDecimal converted,
            String payee,
            String reference,
            Long receiptId,
            String receiptTitle) {}

    public boolean hasBudget() {
        return currency != null;
    }
}
