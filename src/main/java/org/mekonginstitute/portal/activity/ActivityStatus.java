package org.mekonginstitute.portal.activity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Where an activity stands in its review and life. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum ActivityStatus {
    DRAFT("Draft", "text-bg-light border"),
    SUBMITTED("Submitted", "text-bg-warning"),
    APPROVED("Approved", "text-bg-success"),
    RETURNED("Returned", "text-bg-danger"),
    COMPLETED("Completed", "text-bg-secondary"),
    POSTPONED("Postponed", "text-bg-info"),
    CANCELLED("Cancelled", "text-bg-dark");

    private final String label;
    /** The Bootstrap badge class that colours this status. */
    private final String badge;

    /** "A draft", "An approved": the start of a sentence about an activity in this state. */
    public String withArticle() {
        String name = label.toLowerCase();
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "An " : "A ") + name;
    }
}
