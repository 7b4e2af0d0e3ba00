package org.mekonginstitute.portal.finance;

import java.math.BigDecimal;

/** Budget, planned and spent of one line of a summary (a category, a component, a year), in the budget currency. */
public record Figures(String label, BigDecimal budget, BigDecimal planned, BigDecimal spent) {

    public static Figures zero(String label) {
        return new Figures(label, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public BigDecimal remaining() {
        return budget.subtract(spent);
    }

    /** Share of the budget spent, in whole percent; null without a budget. */
    public Integer spentPercent() {
        return budget.signum() == 0
                ? null
                : spent.multiply(BigDecimal.valueOf(100))
                        .divide(budget, 0, java.math.RoundingMode.HALF_UP)
                        .intValue();
    }

    Figures plus(Figures other) {
        return new Figures(label, budget.add(other.budget), planned.add(other.planned), spent.add(other.spent));
    }
}
