package org.mekonginstitute.portal.registration.model;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** The questions a registration form may ask beyond the participant's own details. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Question {
    DIETARY_NEEDS("dietaryNeeds", "Dietary needs", "e.g. vegetarian, halal, allergies"),
    PASSPORT_NAME("passportName", "Name as in the passport", "for flights, visas and insurance"),
    ARRIVAL_DATE("arrivalDate", "Arrival date", "when you arrive at the venue"),
    ACCESSIBILITY_NEEDS("accessibilityNeeds", "Accessibility needs", "anything that helps you take part fully"),
    MOTIVATION("motivation", "Motivation", "in a few sentences: why you want to take part");

    /** The form field that answers it. */
    private final String field;

    private final String label;
    private final String hint;
}
