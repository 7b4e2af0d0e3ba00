package org.mekonginstitute.portal.registration.model;

import java.time.LocalDate;

/** The answers to the optional questions ({@link Question}); null where not asked or not answered. */
public record Answers(
        String dietaryNeeds, String passportName, LocalDate arrivalDate, String accessibilityNeeds, String motivation) {

    public boolean answered(Question question) {
        return switch (question) {
            case DIETARY_NEEDS -> present(dietaryNeeds);
            case PASSPORT_NAME -> present(passportName);
            case ARRIVAL_DATE -> arrivalDate != null;
            case ACCESSIBILITY_NEEDS -> present(accessibilityNeeds);
            case MOTIVATION -> present(motivation);
        };
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
