package org.mekonginstitute.portal.dataset;

import lombok.extern.slf4j.Slf4j;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Fills the database with a large, realistic and reproducible data set for the benchmark: at scale 1, 2,000
 * projects, 30,000 activities over twenty years, 200,000 participants with names in the region's scripts,
 * 1,000,000 enrolments and 20,000 action plans, with funding, partners, components, indicators, contact persons,
 * review histories, the staff responsible (the demo users among them, so their dashboards have upcoming
 * activities), calendar feeds and the creation of projects and activities in the audit trail. Loaded with COPY in
 * one transaction, one class a table and its children ({@code OrganisationRows}, {@code ProjectRows}...); the
 * same seed gives the same data (the later tables each draw from a seeded stream of their own, so adding a table
 * leaves the others as they were). Runs at start-up with {@code portal.dataset.generate=true} and only on a
 * database that does not hold it yet; see bench/README.md.
 */
@Slf4j
@Component
@Order(100)
@ConditionalOnProperty(name = "portal.dataset.generate", havingValue = "true")
class LargeDataset implements ApplicationRunner {

    /** "Today" for the data set, fixed so that runs are comparable whenever they happen. */
    static final LocalDate ANCHOR = LocalDate.of(2026, 11, 1);
    /** Every generated login has this password (the benchmark logs in with the demo users). */
    static final String PASSWORD = "Mekong-Bench-2026";

    private final DataSource dataSource;
    private final PasswordEncoder passwords;
    private final double scale;
    private final long seed;

    LargeDataset(
            DataSource dataSource,
            PasswordEncoder passwords,
            @Value("${portal.dataset.scale:1.0}") double scale,
            @Value("${portal.dataset.seed:42}") long seed) {
        this.dataSource = dataSource;
        this.passwords = passwords;
        this.scale = scale;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws SQLException {
        generate();
    }

    /** Loads the data set unless it is there already; returns false when it was. */
    boolean generate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (exists(connection)) {
                log.info("Large data set already present: nothing generated");
                return false;
            }
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    // Parent and child rows stream side by side in chunks; the generator keeps them consistent, so
                    // foreign-key triggers are skipped for this transaction only (needs a superuser, as the
                    // embedded database and the bench have).
                    statement.execute("set local session_replication_role = replica");
                }
                Counts counts = load(new DatasetLoad(
                        connection, connection.unwrap(PGConnection.class).getCopyAPI(), scale, seed));
                resetSequences(connection);
                writeWhatTriggersWould(connection);
                try (Statement statement = connection.createStatement()) {
                    // The triggers that bump the data version are off for this transaction: bump it here, so that
                    // every running instance drops the figures it keeps (shared/KeptUntilChanged).
                    statement.execute("update reporting_data_version set version = version + 1,"
                            + " changed_by = pg_current_xact_id(), changed_at = now() where id = 1");
                }
                connection.commit();
                try (Statement statement = connection.createStatement()) {
                    // Vacuumed as well as analysed: the rows' visibility hints and the visibility map written now,
                    // as autovacuum would over the following minutes, so that a benchmark right after the load
                    // measures the database in its steady state (on a freshly loaded one the pages that read
                    // most rows were 20-30 % slower).
                    connection.setAutoCommit(true);
                    countReach(statement);
                    statement.execute("vacuum (analyze)");
                }
                log.info(
                        "Large data set generated in {} s (scale {}, seed {}): {}",
                        (System.nanoTime() - started) / 1_000_000_000,
                        scale,
                        seed,
                        counts);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
            return true;
        }
    }

    record Counts(
            long organisations,
            long users,
            long projects,
            long activities,
            long participants,
            long enrolments,
            long actionPlans,
            long indicators) {}

    private boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery("select exists (select 1 from project where code like 'GEN-%')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Table after table, in the order their rows refer to each other. The first tables draw from one stream, in
     * this order; the later ones each from a stream of their own.
     */
    private Counts load(DatasetLoad load) throws SQLException {
        Random random = load.mainStream();
        List<Long> departments = load.departments();
        OrganisationRows.Organisations organisations = OrganisationRows.write(load, random);
        StaffRows.Staff staff = StaffRows.write(load, random, departments, passwords.encode(PASSWORD));
        ProjectRows.Projects projects = ProjectRows.write(load, random, departments, organisations, staff);
        ParticipantRows.Participants participants = ParticipantRows.write(load, random);
        ActivityRows.Activities activities =
                ActivityRows.write(load, random, organisations, staff, projects, participants);
        int plans = ActionPlanRows.write(load, random, participants, activities);
        long indicators = IndicatorRows.write(load, projects);
        FeedRows.write(load, staff, projects);
        AuditRows.write(load, staff, projects, activities);
        return new Counts(
                organisations.count(),
                staff.count(),
                projects.count(),
                activities.count(),
                participants.count(),
                activities.enrolments(),
                plans,
                indicators);
    }

    /**
     * What the triggers skipped in this transaction would have written: the words people are found by (migrations
     * V46 and V60), the names their duplicates are looked up by (V62) and the people and activities whose reach is
     * to be counted (V45). Without them a search would find none of the generated people by word, nor anyone's
     * duplicates by name, and the reach report would count none of their participations.
     */
    private static void writeWhatTriggersWould(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    insert into participant_word (word, participant_id, in_name, family_name, given_name)
                        select w.word, p.id, w.in_name, p.family_name, p.given_name
                          from participant p
                         cross join lateral
                               participant_word_rows(p.given_name, p.family_name, p.email, p.organisation_name) w
                    on conflict do nothing""");
            statement.execute("delete from participant_name"); // counted again, with the people loaded before
            statement.execute("insert into participant_name (country, search_name, people)"
                    + " select country, search_name, count(*) from participant where anonymised_at is null"
                    + " group by country, search_name");
            statement.execute("insert into reach_recount_participant select distinct participant_id from enrolment"
                    + " where status = 'ATTENDED' and role = 'PARTICIPANT' on conflict do nothing");
            statement.execute("insert into reach_recount_activity select distinct activity_id from enrolment"
                    + " where status = 'ATTENDED' and role = 'PARTICIPANT' on conflict do nothing");
        }
    }

    /**
     * Counts the reach of everyone just loaded, step after step as the portal does (the step of the reporting
     * module's ReachLedger), each step committed.
     */
    private static void countReach(Statement statement) throws SQLException {
        boolean more = true;
        while (more) {
            try (ResultSet rs = statement.executeQuery("select reach_recount(5000)")) {
                rs.next();
                more = rs.getBoolean(1);
            }
        }
    }

    private void resetSequences(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of(
                    "organisation",
                    "user_account",
                    "project",
                    "funding",
                    "partnership",
                    "project_component",
                    "participant",
                    "activity",
                    "activity_transition",
                    "enrolment",
                    "action_plan",
                    "action_plan_update",
                    "contact_person",
                    "indicator",
                    "indicator_value",
                    "calendar_feed")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " greatest((select coalesce(max(id), 0) from " + table + "), 1))");
            }
        }
    }
}
