package org.mekonginstitute.portal.reporting.indicator;

import org.mekonginstitute.portal.shared.PlainText;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A value of an indicator reported by hand: the date it was measured or reported, the figure, and its source. */
public record ReportedValue(LocalDate valueDate, BigDecimal value, String note) {

    public ReportedValue {
        note = PlainText.strippedOrNull(note);
    }
}
