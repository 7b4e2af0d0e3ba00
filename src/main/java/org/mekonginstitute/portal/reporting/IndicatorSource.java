package org.mekonginstitute.portal.reporting;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;
import org.mekonginstitute.portal.shared.Text;

/**
 * Where an indicator's actual value comes from: reported by hand with dates, or computed from what the portal
 * already holds about the project's activities. Each computed source is defined in one sentence, shown on the
 * page beside the figure. Names, definitions and units are in the bundles ({@code IndicatorSource.VALUE},
 * {@code reporting.source.VALUE.definition}, {@code reporting.source.VALUE.unit}).
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum IndicatorSource implements Labelled {
    MANUAL("", false),
    PARTICIPANTS_TRAINED("people", false),
    WOMEN_SHARE("%", true),
    COUNTRIES_REACHED("countries", false),
    AVERAGE_TEST_GAIN("points", false),
    SATISFIED_SHARE("%", true),
    ACTION_PLANS_COMPLETED("action plans", false),
    ACTIVITIES_COMPLETED("%", true);

    /**
     * The unit a computed indicator reports in, as it is kept with the indicator (in English, the portal's data
     * language); blank for manual ones, whose unit is typed. {@link #unitShown(String)} names it to the reader.
     */
    private final String defaultUnit;

    /** Values between 0 and 100. */
    private final boolean percentage;

    /** What the figure counts, in one sentence shown beside it, in the reader's language. */
    public String definition() {
        return Text.of("reporting.source.%s.definition".formatted(name()));
    }

    /**
     * An indicator's unit as the reader reads it: the source's own unit in the reader's language when the
     * indicator kept it, else the unit as typed.
     */
    public String unitShown(String unit) {
        if (unit == null || !computed() || percentage || !unit.equals(defaultUnit)) {
            return unit;
        }
        return Text.of("reporting.source.%s.unit".formatted(name()));
    }

    /** The portal works the value out; only a manual indicator has values reported by hand. */
    public boolean computed() {
        return this != MANUAL;
    }
}
