package org.mekonginstitute.portal.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An optional phone number written as people of the region write them: digits, spaces and + ( ) - . / only. */
@Documented
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "[0-9+()\\-./ ]*")
public @interface PhoneNumber {

    String message() default "{common.input.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
