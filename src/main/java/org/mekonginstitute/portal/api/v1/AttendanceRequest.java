package org.mekonginstitute.portal.api.v1;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.mekonginstitute.portal.participant.AttendanceStatus;

import java.math.BigDecimal;

/**
 * What the attendance sheet records for one enrolment, with the sheet's rules. Every field is sent (what is left
 * out is cleared), with the enrolment's ETag in If-Match.
 */
public record AttendanceRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "Choose the status.")
        AttendanceStatus status,

        @Min(value = 0, message = "0 or more.") @Max(366) Integer daysAttended,

        @DecimalMin(value = "0", message = "0 to 100.")
        @DecimalMax(value = "100", message = "0 to 100.")
        @Digits(integer = 3, fraction = 2, message = "At most 2 decimals.")
        BigDecimal preTestScore,

        @DecimalMin(value = "0", message = "0 to 100.")
        @DecimalMax(value = "100", message = "0 to 100.")
        @Digits(integer = 3, fraction = 2, message = "At most 2 decimals.")
        BigDecimal postTestScore,

        @Min(value = 1, message = "1 to 5.") @Max(value = 5, message = "1 to 5.")
        Integer satisfaction,

        Boolean certificateIssued) {

    boolean certificate() {
        return Boolean.TRUE.equals(certificateIssued);
    }
}
