package org.mekonginstitute.portal.finance;

/** What money is spent on, as the institute's budgets are laid out. */
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

    BudgetCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
