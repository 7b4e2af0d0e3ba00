package org.mekonginstitute.portal.registration.model;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;
import org.mekonginstitute.portal.shared.Text;

/**
 * The questions a registration form may ask beyond the participant's own details. Named in
 * i18n/registration.properties, with the hint the form shows under each.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum Question implements Labelled {
    DIETARY_NEEDS("dietaryNeeds"),
    PASSPORT_NAME("passportName"),
    ARRIVAL_DATE("arrivalDate"),
    ACCESSIBILITY_NEEDS("accessibilityNeeds"),
    MOTIVATION("motivation");

    /** The form field that answers it. */
    private final String field;

    /** What the form says under the question, e.g. "e.g. vegetarian, halal, allergies". */
    public String hint() {
        return switch (this) {
            case DIETARY_NEEDS -> Text.of("registration.question.hint.DIETARY_NEEDS");
            case PASSPORT_NAME -> Text.of("registration.question.hint.PASSPORT_NAME");
            case ARRIVAL_DATE -> Text.of("registration.question.hint.ARRIVAL_DATE");
            case ACCESSIBILITY_NEEDS -> Text.of("registration.question.hint.ACCESSIBILITY_NEEDS");
            case MOTIVATION -> Text.of("registration.question.hint.MOTIVATION");
        };
    }
}
