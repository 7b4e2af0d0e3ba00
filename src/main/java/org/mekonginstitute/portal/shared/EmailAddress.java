package org.mekonginstitute.portal.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Email;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An optional email address as people type it: blank, or name@domain.tld with spaces around it (they are stripped
 * when stored). A browser sends an empty field as "", which a bare pattern would refuse.
 */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Email(regexp = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*")
public @interface EmailAddress {

    String message() default "{common.input.email}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
