package org.mekonginstitute.portal.reporting.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.InvalidInput.Problem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The rules of an indicator, without the portal around it: what a definition must keep, when an indicator may
 * change its source, which values it takes, and which value it stands at. The project is left out: no rule looks
 * at it.
 */
class IndicatorRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);

    @Test
    void anIndicatorReportedByHandNeedsItsUnitTyped() {
        assertThat(definition(IndicatorSource.MANUAL, "  ", "0", "10").problems())
                .containsExactly(new Problem("unit", "Enter the unit, e.g. officials, policies or %."));
        assertThat(definition(IndicatorSource.MANUAL, "policies", "0", "10").problems())
                .isEmpty();
    }

    @Test
    void aComputedIndicatorCountsInItsSourcesUnitUnlessAnotherIsTyped() {
        assertThat(definition(IndicatorSource.PARTICIPANTS_TRAINED, null, "0", "10")
                        .problems())
                .isEmpty();
        assertThat(indicator(IndicatorSource.PARTICIPANTS_TRAINED, " ").getUnit())
                .isEqualTo("people");
        assertThat(indicator(IndicatorSource.PARTICIPANTS_TRAINED, " officials ")
                        .getUnit())
                .isEqualTo("officials");
    }

    @Test
    void namesAndUnitsAreKeptWithoutTheSpacesAroundThem() {
        Indicator indicator = new Indicator(
                null,
                new IndicatorDefinition(
                        "  Officials trained ", IndicatorSource.MANUAL, " officials ", null, BigDecimal.TEN));
        assertThat(indicator.getName()).isEqualTo("Officials trained");
        assertThat(indicator.getUnit()).isEqualTo("officials");
    }

    @Test
    void aPercentageLiesBetweenZeroAndAHundred() {
        assertThat(definition(IndicatorSource.WOMEN_SHARE, null, "-1", "150").problems())
                .containsExactly(
                        new Problem("baseline", "A percentage lies between 0 and 100."),
                        new Problem("target", "A percentage lies between 0 and 100."));
        assertThat(definition(IndicatorSource.ACTIVITIES_COMPLETED, null, "0", "100")
                        .problems())
                .isEmpty();
    }

    @Test
    void whatThePortalCountsCannotBeNegative() {
        assertThat(definition(IndicatorSource.COUNTRIES_REACHED, null, "-1", "-3")
                        .problems())
                .containsExactly(
                        new Problem("baseline", "This figure cannot be negative."),
                        new Problem("target", "This figure cannot be negative."));
        assertThat(definition(IndicatorSource.ACTION_PLANS_COMPLETED, null, null, "500")
                        .problems())
                .isEmpty();
    }

    @Test
    void aFigureReportedByHandMayBeAnyNumber() {
        assertThat(definition(IndicatorSource.MANUAL, "days", "-5", "1000").problems())
                .isEmpty();
    }

    @Test
    void anIndicatorWithValuesReportedByHandCannotBecomeComputed() {
        Indicator indicator = indicator(IndicatorSource.MANUAL, "sessions");
        indicator.redefine(definition(IndicatorSource.WOMEN_SHARE, null, "0", "50"));
        indicator.redefine(definition(IndicatorSource.MANUAL, "sessions", "0", "20"));
        indicator.report(value("2025-01-15", "6"), TODAY);

        assertThatThrownBy(() -> indicator.redefine(definition(IndicatorSource.WOMEN_SHARE, null, "0", "50")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.problems())
                                .extracting(Problem::field)
                                .containsExactly("source"));
        indicator.redefine(definition(IndicatorSource.MANUAL, "meetings", "0", "30"));
        assertThat(indicator.getUnit()).isEqualTo("meetings");
    }

    @Test
    void valuesAreReportedOnlyForIndicatorsReportedByHand() {
        Indicator computed = indicator(IndicatorSource.COUNTRIES_REACHED, null);
        assertThatThrownBy(() -> computed.report(value("2025-01-15", "3"), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new Problem(
                                        null,
                                        "This indicator is computed from the portal's records; values cannot be reported"
                                                + " for it.")));
        assertThat(computed.getValues()).isEmpty();
    }

    @Test
    void aValueIsDatedTodayAtTheLatestAndOncePerDate() {
        Indicator indicator = indicator(IndicatorSource.MANUAL, "sessions");
        indicator.report(value(TODAY.toString(), "6"), TODAY);

        assertThatThrownBy(() -> indicator.report(value(TODAY.plusDays(1).toString(), "7"), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new Problem("valueDate", "The date cannot be in the future.")));
        assertThatThrownBy(() -> indicator.report(value(TODAY.toString(), "8"), TODAY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        refused -> assertThat(refused.problems())
                                .containsExactly(new Problem(
                                        "valueDate",
                                        "A value is already reported for this date; remove it first to correct it.")));
        assertThat(indicator.getValues()).hasSize(1);
    }

    @Test
    void anIndicatorReportedByHandStandsAtItsLatestValueByDate() {
        Indicator indicator = indicator(IndicatorSource.MANUAL, "policies");
        assertThat(indicator.progress(Map.of(), TODAY).actual()).isNull();

        indicator.report(
                new ReportedValue(LocalDate.parse("2025-03-31"), new BigDecimal("8"), " Annual report "), TODAY);
        indicator.report(value("2024-12-31", "6"), TODAY);

        IndicatorProgress progress = indicator.progress(Map.of(), TODAY);
        assertThat(progress.actual()).isEqualByComparingTo("8");
        assertThat(progress.detail()).isEqualTo("Annual report");
        assertThat(progress.asOf()).isEqualTo(LocalDate.parse("2025-03-31"));
    }

    @Test
    void aComputedIndicatorStandsAtTodaysFigure() {
        Indicator indicator = indicator(IndicatorSource.WOMEN_SHARE, null);
        IndicatorProgress progress = indicator.progress(
                Map.of(
                        IndicatorSource.WOMEN_SHARE,
                        new ComputedValue(new BigDecimal("66.7"), "2 of 3 participants trained"),
                        IndicatorSource.COUNTRIES_REACHED,
                        new ComputedValue(BigDecimal.valueOf(3), null)),
                TODAY);
        assertThat(progress.actual()).isEqualByComparingTo("66.7");
        assertThat(progress.detail()).isEqualTo("2 of 3 participants trained");
        assertThat(progress.asOf()).isEqualTo(TODAY);
    }

    private static IndicatorDefinition definition(IndicatorSource source, String unit, String baseline, String target) {
        return new IndicatorDefinition(
                "Officials trained",
                source,
                unit,
                baseline == null ? null : new BigDecimal(baseline),
                new BigDecimal(target));
    }

    private static Indicator indicator(IndicatorSource source, String unit) {
        return new Indicator(null, definition(source, unit, "0", source.percentage() ? "50" : "10"));
    }

    private static ReportedValue value(String date, String figure) {
        return new ReportedValue(LocalDate.parse(date), new BigDecimal(figure), null);
    }
}
