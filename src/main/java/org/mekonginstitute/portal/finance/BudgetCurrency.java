package org.mekonginstitute.portal.finance;

import org.mekonginstitute.portal.shared.Text;

/**
 * The currency a project's budget is kept in. It can change only while no money is recorded against it: every
 * budget line, planned amount and rate is in that currency, and none of them could be converted afterwards
 * without a rate nobody gave.
 */
public record BudgetCurrency(String code, boolean moneyRecorded) {

    /** The currency after a change, or {@link IllegalStateException} with the reason when the change is refused. */
    public BudgetCurrency changeTo(String newCode) {
        if (!code.equals(newCode) && moneyRecorded) {
            throw new IllegalStateException(Text.of("finance.currency.locked", code));
        }
        return new BudgetCurrency(newCode, moneyRecorded);
    }
}
