package org.mekonginstitute.portal.reporting.reach;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

/**
 * The reach figures kept up to date as the data changes (migration V45): database triggers note the participants and
 * activities a change touches, and a recount (the database function {@code reach_recount}) takes away what each of
 * them added to the figures when last counted and adds what they add now. The figures for every activity, and for
 * every whole year, are then read from a few hundred rows instead of being counted from every attended enrolment.
 * The counting rules are those of {@link ReachQueries}, whose count from scratch the tests compare with these.
 */
@Component
class ReachLedger {

    /** Participants or activities recounted in one transaction: a large import is taken in steps. */
    static final int STEP = 5_000;

    private final NamedParameterJdbcTemplate jdbc;
    /** A transaction of its own: the recount writes, while the report that asks for it only reads. */
    private final TransactionTemplate recount;

    ReachLedger(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.recount = new TransactionTemplate(transactions);
        this.recount.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Recounts whatever changed since the last recount, so that the figures read next are current. */
    void catchUp() {
        Map<String, Integer> step = Map.of("step", STEP);
        while (Boolean.TRUE.equals(
                recount.execute(status -> jdbc.queryForObject("select reach_recount(:step)", step, Boolean.class)))) {
            // each step commits on its own
        }
    }

    /** Between page views too, so that a view after a large change rarely has much to recount. */
    @Scheduled(
            fixedDelayString = "${portal.reach.recount-every:5s}",
            initialDelayString = "${portal.reach.recount-every:5s}")
    void catchUpInTheBackground() {
        catchUp();
    }

    /** The kept figures of every activity ({@code year} null), or of the activities of one whole year. */
    List<Map<String, Object>> figures(Integer year) {
        return year == null
                ? jdbc.queryForList(
                        "select * from reach_figure where breakdown in ('total', 'country', 'organisation-type',"
                                + " 'year', 'year-country', 'activity-type', 'activities', 'type-activities')",
                        Map.of())
                : jdbc.queryForList("select * from reach_figure where year = :year", Map.of("year", year));
    }
}
