package org.mekonginstitute.portal.activity;

/** Where an activity stands in its review and life. */
public enum ActivityStatus {
    DRAFT("Draft", "text-bg-light border"),
    SUBMITTED("Submitted", "text-bg-warning"),
    APPROVED("Approved", "text-bg-success"),
    RETURNED("Returned", "text-bg-danger"),
    COMPLETED("Completed", "text-bg-secondary"),
    POSTPONED("Postponed", "text-bg-info"),
    CANCELLED("Cancelled", "text-bg-dark");

    private final String label;
    private final String badge;

    ActivityStatus(String label, String badge) {
        this.label = label;
        this.badge = badge;
    }

    public String label() {
        return label;
    }

    public String badge() {
        return badge;
    }

    /** "A draft", "An approved": the start of a sentence about an activity in this state. */
    public String withArticle() {
        String name = label.toLowerCase();
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "An " : "A ") + name;
    }
}
