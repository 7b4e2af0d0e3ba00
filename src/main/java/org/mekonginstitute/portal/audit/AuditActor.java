package org.mekonginstitute.portal.audit;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Names who makes the current transaction's changes in the audit trail when nobody is logged in to say so, e.g.
 * the person who opened a set-password link. Must be called inside the transaction; it lasts until it ends.
 */
public final class AuditActor {

    private AuditActor() {}

    public static void name(JdbcTemplate jdbc, String actor) {
        jdbc.queryForObject("select set_config('portal.actor', ?, true)", String.class, actor);
    }
}
