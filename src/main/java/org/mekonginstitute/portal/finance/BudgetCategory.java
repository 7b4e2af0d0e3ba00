package org.mekonginstitute.portal.finance;

import org.mekonginstitute.portal.shared.Labelled;

/** What money is spent on, as the institute's budgets are laid out; named in the bundles ({@code BudgetCategory.VALUE}). */
public enum BudgetCategory implements Labelled {
    TRAVEL,
    ACCOMMODATION,
    VENUE_AND_MEALS,
    RESOURCE_PERSONS,
    MATERIALS,
    STAFF,
    OVERHEAD,
    OTHER
}
