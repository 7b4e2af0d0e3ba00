package org.mekonginstitute.portal.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import javax.sql.DataSource;
import java.util.List;

/**
 * The benchmark's data set at a small scale, generated twice with the same seed into two fresh databases migrated
 * like the real one: the same rows, at the scale asked, with names in the region's scripts, and never loaded twice.
 */
class LargeDatasetTest {

    private static final double SCALE = 0.005;

    /** What the rows hold, without the columns a database fills in itself (creation times). */
    private static final List<String> FINGERPRINTS = List.of(
            "select md5(string_agg(concat_ws(',', id, code, title, status, start_date, end_date, department_id), '|' order by id)) from project",
            "select md5(string_agg(concat_ws(',', id, project_id, title, type, status, start_date, end_date, planned_from, planned_to, country), '|' order by id)) from activity",
            "select md5(string_agg(concat_ws(',', id, given_name, family_name, gender, country, email, organisation_type), '|' order by id)) from participant",
            "select md5(string_agg(concat_ws(',', activity_id, participant_id, role, status, pre_test_score, post_test_score), '|' order by activity_id, participant_id)) from enrolment",
            "select md5(string_agg(concat_ws(',', project_id, donor_id, amount, currency), '|' order by id)) from funding",
            "select md5(string_agg(concat_ws(',', id, activity_id, title, status, target_date), '|' order by id)) from action_plan");

    @Test
    void theSameSeedGivesTheSameDataSetAtTheScaleAsked() throws Exception {
        JdbcTemplate first = generated();
        JdbcTemplate second = generated();

        for (String fingerprint : FINGERPRINTS) {
            assertThat(second.queryForObject(fingerprint, String.class))
                    .as(fingerprint)
                    .isNotNull()
                    .isEqualTo(first.queryForObject(fingerprint, String.class));
        }
        // 0.5 % of 2,000 projects, 30,000 activities, 200,000 participants and 20,000 action plans.
        assertThat(first.queryForList(
                                "select (select count(*) from project) projects, (select count(*) from activity) activities,"
                                        + " (select count(*) from participant) participants, (select count(*) from action_plan) plans")
                        .get(0)
                        .values())
                .containsExactly(10L, 150L, 1000L, 100L);
        assertThat(first.queryForObject("select count(*) from enrolment", Long.class))
                .isBetween(4500L, 5500L);
        // Thai, Lao, Khmer, Burmese and Chinese script among the names, and Vietnamese diacritics.
        for (String script : List.of(
                "[\u0E00-\u0E7F]",
                "[\u0E80-\u0EFF]",
                "[\u1780-\u17FF]",
                "[\u1000-\u109F]",
                "[\u4E00-\u9FFF]",
                "[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")) {
            assertThat(first.queryForObject(
                            "select count(*) from participant where given_name || ' ' || coalesce(family_name, '') ~ ?",
                            Long.class,
                            script))
                    .as(script)
                    .isPositive();
        }
    }

    @Test
    void whatTheSkippedTriggersWouldWriteIsWritten() throws Exception {
        JdbcTemplate data = generated();

        // Everyone is found by the words of their name, as the search looks people up.
        assertThat(data.queryForObject(
                        "select count(*) from participant p"
                                + " where not exists (select 1 from participant_word w where w.participant_id = p.id)",
                        Long.class))
                .isZero();
        assertThat(data.queryForObject(
                        "select count(*) from participant_word w join participant p on p.id = w.participant_id"
                                + " where w.in_name and w.word = portal_fold(p.given_name)",
                        Long.class))
                .isPositive();
        // Each word holds the name of its person, for a search to sort by.
        assertThat(data.queryForObject(
                        "select count(*) from participant_word w join participant p on p.id = w.participant_id"
                                + " where w.family_name is distinct from p.family_name"
                                + " or w.given_name is distinct from p.given_name",
                        Long.class))
                .isZero();
        // Each country's distinct names, with how many people bear each, for their duplicates to be found by.
        assertThat(data.queryForList("select country, search_name, people from participant_name order by 1, 2"))
                .isNotEmpty()
                .isEqualTo(data.queryForList("select country, search_name, count(*)::int as people from participant"
                        + " where anonymised_at is null group by country, search_name order by 1, 2"));
        // Every attended participation is counted in the reach figures, nothing left to recount.
        String attended = " from enrolment where status = 'ATTENDED' and role = 'PARTICIPANT'";
        String total = " from reach_figure where breakdown = 'total'";
        assertThat(data.queryForObject("select sum(participations)" + total, Long.class))
                .isPositive()
                .isEqualTo(data.queryForObject("select count(*)" + attended, Long.class));
        assertThat(data.queryForObject("select sum(people)" + total, Long.class))
                .isEqualTo(data.queryForObject("select count(distinct participant_id)" + attended, Long.class));
        assertThat(data.queryForObject("select count(*) from reach_recount_participant", Long.class))
                .isZero();
    }

    @Test
    void aDatabaseThatHoldsTheDataSetIsLeftAsItIs() throws Exception {
        DataSource database = migratedDatabase();
        assertThat(generator(database).generate()).isTrue();
        long enrolments = new JdbcTemplate(database).queryForObject("select count(*) from enrolment", Long.class);
        assertThat(generator(database).generate()).isFalse();
        assertThat(new JdbcTemplate(database).queryForObject("select count(*) from enrolment", Long.class))
                .isEqualTo(enrolments);
    }

    private JdbcTemplate generated() throws Exception {
        DataSource database = migratedDatabase();
        generator(database).generate();
        return new JdbcTemplate(database);
    }

    private static LargeDataset generator(DataSource database) {
        return new LargeDataset(database, PasswordEncoderFactories.createDelegatingPasswordEncoder(), SCALE, 42);
    }

    /** A new, empty database on the tests' PostgreSQL server, migrated by Flyway. */
    private static DataSource migratedDatabase() {
        String name = "dataset_" + TestData.unique().toLowerCase();
        String serverUrl = TestDatabase.jdbcUrl();
        new JdbcTemplate(new DriverManagerDataSource(serverUrl, "postgres", "")).execute("create database " + name);
        DriverManagerDataSource database =
                new DriverManagerDataSource(serverUrl.replace("/postgres?", "/" + name + "?"), "postgres", "");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return database;
    }
}
