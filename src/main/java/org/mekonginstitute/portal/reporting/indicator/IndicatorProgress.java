package org.mekonginstitute.portal.reporting.indicator;

import org.mekonginstitute.portal.shared.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An indicator beside its actual value: for a computed one, today's figure; for a manual one, the latest value
 * reported. Progress runs from the baseline (0 when none) to the target, so that a target below the baseline
 * (fewer cases, shorter delays) reads the same way.
 */
public record IndicatorProgress(Indicator indicator, BigDecimal actual, String detail, LocalDate asOf) {

    /** Progress towards the target in percent (may pass 100); none while there is no actual value. */
    public Integer percent() {
        if (actual == null) {
            return null;
        }
        BigDecimal base = indicator.getBaseline() == null ? BigDecimal.ZERO : indicator.getBaseline();
        BigDecimal span = indicator.getTarget().subtract(base);
        if (span.signum() == 0) {
            return actual.compareTo(indicator.getTarget()) >= 0 ? 100 : 0;
        }
        return actual.subtract(base)
                .multiply(BigDecimal.valueOf(100))
                .divide(span, 0, RoundingMode.HALF_UP)
                .intValue();
    }

    /** The width of the progress bar: the percentage held between 0 and 100. */
    public int bar() {
        Integer percent = percent();
        return percent == null ? 0 : Math.max(0, Math.min(100, percent));
    }

    public boolean reached() {
        Integer percent = percent();
        return percent != null && percent >= 100;
    }

    /** "75% of target", "Target reached (120%)" or "No value yet": the bar's meaning in words. */
    public String progressText() {
        Integer percent = percent();
        if (percent == null) {
            return Text.of("reporting.indicator.progress.none");
        }
        return percent >= 100
                ? Text.of("reporting.indicator.progress.reached", String.valueOf(percent))
                : Text.of("reporting.indicator.progress.towards", String.valueOf(percent));
    }

    /** "90 people", "38.5%", "—" while there is none. */
    public String actualText() {
        return withUnit(format(actual), unit());
    }

    public String targetText() {
        return withUnit(format(indicator.getTarget()), unit());
    }

    public String baselineText() {
        return withUnit(format(indicator.getBaseline()), unit());
    }

    /** The indicator's unit in the reader's language where it is its source's own ("people", "countries"). */
    private String unit() {
        return indicator.getSource().unitShown(indicator.getUnit());
    }

    /** A figure as people write it: thousands separated, no trailing zeros ("1,250", "38.5"); a dash for none. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    /** The value with its unit: "38.5%", "120 people". */
    public static String withUnit(String figure, String unit) {
        if (unit == null || unit.isBlank() || "—".equals(figure)) {
            return figure;
        }
        return "%".equals(unit) ? figure + "%" : figure + " " + unit;
    }
}
