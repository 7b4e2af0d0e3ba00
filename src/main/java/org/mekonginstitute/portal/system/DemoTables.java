package org.mekonginstitute.portal.system;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the demo data has loaded already: each part of it is loaded once, into tables that are still empty, so a
 * restart neither doubles it nor touches what people have entered since.
 */
public final class DemoTables {

    private DemoTables() {}

    /** Whether this table has no rows yet: one row looked for, not all of them counted at every start. */
    public static boolean empty(JdbcTemplate jdbc, String table) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select not exists (select 1 from " + table + ")", Boolean.class));
    }
}
