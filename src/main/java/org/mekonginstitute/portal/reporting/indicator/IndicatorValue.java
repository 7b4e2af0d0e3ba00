package org.mekonginstitute.portal.reporting.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.audit.AuditedEntity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A manual indicator's value as reported on a date, with a note on where it comes from. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class IndicatorValue extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Indicator indicator;

    @Column(nullable = false)
    private LocalDate valueDate;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    private String note;

    IndicatorValue(Indicator indicator, ReportedValue reported) {
        this.indicator = indicator;
        this.valueDate = reported.valueDate();
        this.value = reported.value();
        this.note = reported.note();
    }

    public String valueText() {
        return IndicatorProgress.format(value);
    }
}
