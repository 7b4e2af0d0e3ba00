package org.mekonginstitute.portal.api.v1;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.PlainText;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;

import java.lang.reflect.Modifier;
import java.util.function.Consumer;

/**
 * Checks a request body by the rules of the page's form: its annotations, the form's own rules between fields, and
 * the characters the portal stores ({@link PlainText}), which the pages check as a form is bound. Every problem is
 * answered at once, each beside its field.
 */
@Component
@RequiredArgsConstructor
class RequestChecks {

    private final SmartValidator validator;

    /** Refuses the body with {@link InvalidRequest} unless it passes; {@code rules} adds the form's own rules. */
    void check(Object body, Consumer<Errors> rules) {
        Errors errors = new DirectFieldBindingResult(body, "body");
        storableText(body, errors);
        validator.validate(body, errors);
        rules.accept(errors);
        if (errors.hasErrors()) {
            throw new InvalidRequest(InvalidRequest.of(errors));
        }
    }

    void check(Object body) {
        check(body, errors -> {});
    }

    /** Every text field of the body (a record or a form), by its field. */
    private static void storableText(Object body, Errors errors) {
        ReflectionUtils.doWithFields(
                body.getClass(),
                field -> {
                    ReflectionUtils.makeAccessible(field);
                    PlainText.problem((String) field.get(body))
                            .ifPresent(problem -> errors.rejectValue(field.getName(), "unstorableText", problem));
                },
                field -> field.getType() == String.class && !Modifier.isStatic(field.getModifiers()));
    }
}
