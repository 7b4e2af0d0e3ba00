package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.reporting.indicator.IndicatorProgress;
import org.mekonginstitute.portal.reporting.indicator.IndicatorValue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A project indicator against its target: its actual value (computed from what is recorded, or the latest value
 * reported by hand), the progress from baseline to target in percent, and the values reported.
 *
 * @param percent progress from the baseline to the target (may pass 100); null while there is no value
 */
public record IndicatorJson(
        long id,
        String name,
        String unit,
        IndicatorSource source,
        BigDecimal baseline,
        BigDecimal target,
        BigDecimal actual,
        Integer percent,
        LocalDate asOf,
        List<ReportedValue> values) {

    /** A value reported by hand on a date, with its note. */
    public record ReportedValue(long id, LocalDate date, BigDecimal value, String note) {}

    static IndicatorJson of(IndicatorProgress progress) {
        var i = progress.indicator();
        return new IndicatorJson(
                i.getId(),
                i.getName(),
                i.getUnit(),
                i.getSource(),
                i.getBaseline(),
                i.getTarget(),
                progress.actual(),
                progress.percent(),
                progress.asOf(),
                i.getValues().stream()
                        .sorted(Comparator.comparing(IndicatorValue::getValueDate)
                                .thenComparing(IndicatorValue::getId))
                        .map(v -> new ReportedValue(v.getId(), v.getValueDate(), v.getValue(), v.getNote()))
                        .toList());
    }
}
