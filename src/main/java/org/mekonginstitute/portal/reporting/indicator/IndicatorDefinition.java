package org.mekonginstitute.portal.reporting.indicator;

import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an indicator measures, as someone defines it: its name and unit, where its value comes from, its baseline
 * and its target. Names and units are kept without surrounding spaces; a unit left empty is none.
 */
public record IndicatorDefinition(
        String name, IndicatorSource source, String unit, BigDecimal baseline, BigDecimal target) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public IndicatorDefinition {
        name = name == null ? null : name.strip();
        unit = PlainText.strippedOrNull(unit);
    }

    /**
     * The rules every definition keeps, whatever else the project has: a value reported by hand needs its unit
     * typed (a computed one has its own), a percentage lies between 0 and 100, and what the portal counts cannot
     * be negative. Empty when it keeps them all.
     */
    public List<InvalidInput.Problem> problems() {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (source == IndicatorSource.MANUAL && unit == null) {
            problems.add(new InvalidInput.Problem("unit", Text.of("reporting.indicator.unit.required")));
        }
        if (source != null && source.percentage()) {
            refuse(problems, outside(baseline), "baseline", Text.of("reporting.indicator.percentage"));
            refuse(problems, outside(target), "target", Text.of("reporting.indicator.percentage"));
        } else if (source != null && source.computed()) {
            refuse(problems, negative(baseline), "baseline", Text.of("reporting.indicator.negative"));
            refuse(problems, negative(target), "target", Text.of("reporting.indicator.negative"));
        }
        return problems;
    }

    /** The unit the indicator reports in: the one typed, else the one its source counts in. */
    String unitOrDefault() {
        return unit == null ? source.defaultUnit() : unit;
    }

    private static void refuse(List<InvalidInput.Problem> problems, boolean broken, String field, String message) {
        if (broken) {
            problems.add(new InvalidInput.Problem(field, message));
        }
    }

    private static boolean outside(BigDecimal value) {
        return value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0);
    }

    private static boolean negative(BigDecimal value) {
        return value != null && value.signum() < 0;
    }
}
