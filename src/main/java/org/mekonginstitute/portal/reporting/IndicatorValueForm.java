package org.mekonginstitute.portal.reporting;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.reporting.indicator.ReportedValue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A value reported for a manual indicator. */
@Getter
@Setter
public class IndicatorValueForm implements Serializable {

    @NotNull(message = "{reporting.indicator.value.date.required}")
    private LocalDate valueDate;

    @NotNull(message = "{reporting.indicator.value.required}")
    @Digits(integer = 15, fraction = 4)
    private BigDecimal value;

    @Size(max = 1000)
    private String note;

    /** What was typed, as the value an indicator records. */
    public ReportedValue toValue() {
        return new ReportedValue(valueDate, value, note);
    }
}
