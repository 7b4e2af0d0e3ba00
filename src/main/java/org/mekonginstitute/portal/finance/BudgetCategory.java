package org.mekonginstitute.portal.finance;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What money is spent on, as the institute's budgets are laid out. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum BudgetCategory {
    TRAVEL("Travel"),
    ACCOMMODATION("Accommodation"),
    VENUE_AND_MEALS("Venue and meals"),
    RESOURCE_PERSONS("Resource persons"),
    MATERIALS("Materials"),
    STAFF("Staff"),
    OVERHEAD("Overhead"),
    OTHER("Other");

    private final String label;
}
