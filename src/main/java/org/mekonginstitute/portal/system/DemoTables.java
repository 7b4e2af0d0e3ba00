package org.mekonginstitute.portal.system;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the demo data has loaded already: each part of it is loaded once, into tables that are still empty, so a
 * restart neither doubles it nor touches what people have entered since.
 */
public final class DemoTables {

    private DemoTables() {}

    /** Whether this table has no rows yet. */
    public static boolean empty(JdbcTemplate jdbc, String table) {
        Integer rows = jdbc.queryForObject("select count(*) from " + table, Integer.class);
        return rows != null && rows == 0;
    }
}
