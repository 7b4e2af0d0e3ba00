package org.mekonginstitute.portal.reporting;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.reporting.indicator.Indicator;
import org.mekonginstitute.portal.reporting.indicator.IndicatorDefinition;
import org.springframework.beans.BeanUtils;

import java.io.Serializable;
import java.math.BigDecimal;

/** An indicator as typed: its name and unit, where its value comes from, its baseline and target. */
@Getter
@Setter
public class IndicatorForm implements Serializable {

    @NotBlank(message = "{reporting.indicator.name.required}")
    @Size(max = 300)
    private String name;

    @NotNull(message = "{reporting.indicator.source.required}")
    private IndicatorSource source = IndicatorSource.MANUAL;

    @Size(max = 60)
    private String unit;

    @Digits(integer = 15, fraction = 4)
    private BigDecimal baseline;

    @NotNull(message = "{reporting.indicator.target.required}")
    @Digits(integer = 15, fraction = 4)
    private BigDecimal target;

    private long version;

    /** The form filled from an indicator as it is now, for its edit page. */
    public static IndicatorForm of(Indicator indicator) {
        IndicatorForm form = new IndicatorForm();
        BeanUtils.copyProperties(indicator, form);
        return form;
    }

    /** What was typed, as the definition an indicator takes. */
    public IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(name, source, unit, baseline, target);
    }
}
