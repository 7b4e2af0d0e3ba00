package org.mekonginstitute.portal.shared;

import org.springframework.validation.Errors;

/** A period typed in two fields of a form: a project's dates, a funding line's period, an activity's window. */
public final class Period {

    private Period() {}

    /**
     * Refuses an end before its start, beside the end's field, unless that field already shows a problem; checked
     * with the field annotations so that every problem shows at once.
     */
    public static <T extends Comparable<? super T>> void checkEndNotBeforeStart(
            Errors errors, T start, String endField, T end, String message) {
        if (start != null && end != null && end.compareTo(start) < 0 && !errors.hasFieldErrors(endField)) {
            errors.rejectValue(endField, "beforeStart", message);
        }
    }
}
