package org.mekonginstitute.portal.api.v1;

import org.springframework.validation.Errors;

import java.util.ArrayList;
import java.util.List;

/** A request body that breaks the same rules the page's form checks: answered 422 with each field's problem. */
class InvalidRequest extends RuntimeException {

    private final transient List<FieldProblem> problems;

    InvalidRequest(List<FieldProblem> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** The problems a validator and the form's own rules found, by field, in order. */
    static List<FieldProblem> of(Errors errors) {
        List<FieldProblem> problems = new ArrayList<>();
        errors.getGlobalErrors().forEach(e -> problems.add(new FieldProblem(null, e.getDefaultMessage())));
        errors.getFieldErrors().forEach(e -> problems.add(new FieldProblem(e.getField(), e.getDefaultMessage())));
        return problems;
    }
}
