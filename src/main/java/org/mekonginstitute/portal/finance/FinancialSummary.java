package org.mekonginstitute.portal.finance;

import java.util.List;

/** What a donor report says about money: budget, planned and spent by category in the budget currency. */
public record FinancialSummary(String currency, List<Figures> byCategory, List<Figures> byComponent, Figures total) {}
