package org.mekonginstitute.portal.shared;

import org.springframework.validation.BindingResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Rules a service checks beyond a form's own annotations (a code already taken, an end before a start): each
 * problem names the field it belongs beside, so the form can show it there.
 */
public class InvalidInput extends RuntimeException {

    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Puts every problem beside its field in the form's errors. */
    public void addTo(BindingResult errors) {
        for (Problem problem : problems) {
            if (problem.field() == null) {
                errors.reject("invalid", problem.message());
            } else {
                errors.rejectValue(problem.field(), "invalid", problem.message());
            }
        }
    }

    /** Collects problems; {@link #check()} throws if there are any. */
    public static class Collector {
        private final List<Problem> problems = new ArrayList<>();

        public Collector add(String field, String message) {
            problems.add(new Problem(field, message));
            return this;
        }

        public Collector addIf(boolean condition, String field, String message) {
            if (condition) {
                add(field, message);
            }
            return this;
        }

        public void check() {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }
}
