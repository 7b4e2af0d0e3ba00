package org.mekonginstitute.portal.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;

/** A month an activity is planned in, as the database keeps it: its first day (see {@link YearMonthConverter}). */
public final class PlannedMonth {

    private PlannedMonth() {}

    /** The month in this column of a row read with plain SQL; null when none is planned. */
    public static YearMonth read(ResultSet rs, String column) throws SQLException {
        LocalDate firstDay = rs.getObject(column, LocalDate.class);
        return firstDay == null ? null : YearMonth.from(firstDay);
    }
}
