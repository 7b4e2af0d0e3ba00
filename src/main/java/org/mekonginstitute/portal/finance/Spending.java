package org.mekonginstitute.portal.finance;

import org.mekonginstitute.portal.shared.Text;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Money spent for an activity, as recorded: paid in {@code currency}, worth {@code rate} budget-currency units per
 * unit. Its rules hold whoever records it: a positive amount with no more decimals than the currency has, a
 * positive rate, and a rate of exactly 1 when paid in the budget currency.
 */
public record Spending(
        LocalDate spentOn,
        BudgetCategory category,
        BigDecimal amount,
        String currency,
        BigDecimal rate,
        String payee,
        String reference) {

    /** The most decimals a rate may have: what the database keeps. */
    public static final int RATE_DECIMALS = 10;

    /** What is wrong with this spending in a project kept in {@code budgetCurrency}, field by field; empty if nothing. */
    public java.util.Map<String, String> problems(String budgetCurrency, int minorDigits) {
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        if (amount.signum() <= 0) {
            problems.put("amount", Text.of("finance.amount.positive"));
        } else if (amount.stripTrailingZeros().scale() > minorDigits) {
            problems.put(
                    "amount",
                    minorDigits == 0
                            ? Text.of("finance.amount.noDecimals", currency)
                            : Text.of("finance.amount.decimals", currency, String.valueOf(minorDigits)));
        }
        if (rate.signum() <= 0) {
            problems.put("rate", Text.of("finance.rate.positive"));
        } else if (rate.stripTrailingZeros().scale() > RATE_DECIMALS) {
            problems.put("rate", Text.of("finance.rate.decimals", String.valueOf(RATE_DECIMALS)));
        } else if (currency.equals(budgetCurrency) && rate.compareTo(BigDecimal.ONE) != 0) {
            problems.put("rate", Text.of("finance.rate.one", budgetCurrency));
        }
        return problems;
    }

    /** The amount in the budget currency, exactly: amount × rate, never rounded here. */
    public BigDecimal converted() {
        return amount.multiply(rate);
    }
}
