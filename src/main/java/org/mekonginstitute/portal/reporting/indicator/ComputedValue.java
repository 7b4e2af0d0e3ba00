package org.mekonginstitute.portal.reporting.indicator;

import java.math.BigDecimal;

/** A computed indicator's figure today (none when there is nothing to compute from) and how it was reached. */
public record ComputedValue(BigDecimal value, String detail) {}
