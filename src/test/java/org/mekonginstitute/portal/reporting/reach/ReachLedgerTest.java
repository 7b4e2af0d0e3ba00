package org.mekonginstitute.portal.reporting.reach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The reach figures kept up to date as data changes are the figures counted afresh from every attended enrolment,
 * after any series of changes: enrolments added, attended, withdrawn, moved to another person or deleted; people's
 * gender, country and organisation type changed; activities moved to another year or given another type.
 */
@PortalTest
class ReachLedgerTest {

    private static final String[] STATUSES = {"INVITED", "REGISTERED", "CONFIRMED", "ATTENDED", "NO_SHOW", "WITHDRAWN"};
    private static final String[] ROLES = {"PARTICIPANT", "PARTICIPANT", "PARTICIPANT", "RESOURCE_PERSON", "OBSERVER"};
    private static final String[] COUNTRIES = {"TH", "LA", "KH", "MM", "VN", "CN"};

    @Autowired
    ReachQueries reach;

    @Autowired
    ReachLedger ledger;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keptFiguresEqualFiguresCountedAfreshAfterRandomChanges() {
        long seed = Long.getLong("reach.seed", System.nanoTime());
        Random random = new Random(seed);
        Project project = data.project("RL-" + TestData.unique(), LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        List<Long> activities = new ArrayList<>();
        ActivityType[] types = ActivityType.values();
        for (int i = 0; i < 8; i++) {
            LocalDate day = LocalDate.of(2023 + i % 4, 1 + i, 10);
            Activity activity = data.activity(project, types[i % types.length], day, day);
            activities.add(activity.getId());
        }
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            people.add(data.participant(
                            "Ledger" + i,
                            Gender.values()[i % Gender.values().length],
                            COUNTRIES[i % COUNTRIES.length],
                            OrganisationType.values()[i % 5])
                    .getId());
        }

        for (int change = 1; change <= 400; change++) {
            makeOneChange(random, activities, people);
            if (change % 25 == 0) {
                assertKeptFiguresMatchACountFromScratch(seed, change);
            }
        }
    }

    private void makeOneChange(Random random, List<Long> activities, List<Long> people) {
        long person = people.get(random.nextInt(people.size()));
        long activity = activities.get(random.nextInt(activities.size()));
        switch (random.nextInt(9)) {
            case 0, 1, 2 ->
                jdbc.update(
                        "insert into enrolment (participant_id, activity_id, role, status) values (?, ?, ?, ?)"
                                + " on conflict (activity_id, participant_id) do update set status = excluded.status",
                        person,
                        activity,
                        ROLES[random.nextInt(ROLES.length)],
                        STATUSES[random.nextInt(STATUSES.length)]);
            case 3 ->
                jdbc.update(
                        "update enrolment set status = ? where participant_id = ?",
                        STATUSES[random.nextInt(STATUSES.length)],
                        person);
            case 4 ->
                jdbc.update(
                        "update enrolment set role = ? where activity_id = ?",
                        ROLES[random.nextInt(ROLES.length)],
                        activity);
            case 5 ->
                jdbc.update("delete from enrolment where participant_id = ? and activity_id = ?", person, activity);
            case 6 ->
                jdbc.update(
                        "update participant set gender = ?, country = ?, organisation_type = ? where id = ?",
                        Gender.values()[random.nextInt(Gender.values().length)].name(),
                        COUNTRIES[random.nextInt(COUNTRIES.length)],
                        random.nextBoolean() ? null : OrganisationType.values()[random.nextInt(5)].name(),
                        person);
            case 7 -> {
                LocalDate day = LocalDate.of(2023 + random.nextInt(4), 1 + random.nextInt(12), 15);
                jdbc.update(
                        "update activity set start_date = ?, end_date = ?, type = ? where id = ?",
                        day,
                        day,
                        ActivityType.values()[random.nextInt(ActivityType.values().length)].name(),
                        activity);
            }
            default -> {
                // A merge: one person's enrolments pass to another (where the other is not enrolled already).
                long other = people.get(random.nextInt(people.size()));
                jdbc.update(
                        "update enrolment e set participant_id = ? where e.participant_id = ? and not exists"
                                + " (select 1 from enrolment o where o.participant_id = ? and o.activity_id = e.activity_id)",
                        other,
                        person,
                        other);
            }
        }
    }

    private void assertKeptFiguresMatchACountFromScratch(long seed, int changes) {
        assertThat(reach.reach(ReachFilter.all()))
                .as("every activity after %d changes (seed %d)", changes, seed)
                .isEqualTo(reach.countFromScratch(ReachFilter.all()));
        for (int year = 2022; year <= 2027; year++) {
            ReachFilter wholeYear = ReachFilter.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            assertThat(reach.reach(wholeYear))
                    .as("%d after %d changes (seed %d)", year, changes, seed)
                    .isEqualTo(reach.countFromScratch(wholeYear));
        }
    }

    @Test
    void recountingEveryoneAgainChangesNoFigure() {
        jdbc.update("insert into reach_recount_participant select id from participant on conflict do nothing");
        jdbc.update("insert into reach_recount_activity select id from activity on conflict do nothing");

        ledger.catchUp();

        assertThat(jdbc.queryForObject("select count(*) from reach_recount_participant", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from reach_recount_activity", Long.class))
                .isZero();
        assertThat(reach.reach(ReachFilter.all())).isEqualTo(reach.countFromScratch(ReachFilter.all()));
    }
}
