package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The distinct names that probable duplicates are looked up by, with how many people bear each, are those counted
 * afresh from the registry after any series of changes: people added one by one and many at once, renamed, moved
 * to another country, anonymised and removed. And a person is found by their name as it is now.
 */
@PortalTest
class ParticipantNamesTest {

    private static final String[] COUNTRIES = {"TH", "LA", "KH", "MM", "VN", "CN"};
    private static final String[] GIVEN = {"Somchai", "Thị Lan", "Sokha", "Khin", "Wei"};

    private static final String KEPT = "select country, search_name, people from participant_name order by 1, 2";
    private static final String COUNTED = "select country, search_name, count(*)::int as people from participant"
            + " where anonymised_at is null group by country, search_name order by 1, 2";

    @Autowired
    ParticipantService participants;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void keptNamesEqualNamesCountedAfreshAfterRandomChanges() {
        long seed = Long.getLong("names.seed", System.nanoTime());
        Random random = new Random(seed);
        // Few family names, so that people share names and a name's count goes up and down.
        List<String> families = List.of("Names " + TestData.unique(), "Names " + TestData.unique());
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(data.participant(GIVEN[i % GIVEN.length], families.get(i % 2), Gender.FEMALE, COUNTRIES[i % 6])
                    .getId());
        }
        for (int change = 1; change <= 300; change++) {
            makeOneChange(random, people, families);
            if (change % 20 == 0) {
                assertThat(jdbc.queryForList(KEPT))
                        .as("after %d changes (seed %d)", change, seed)
                        .isEqualTo(jdbc.queryForList(COUNTED));
            }
        }
    }

    private void makeOneChange(Random random, List<Long> people, List<String> families) {
        long person = people.get(random.nextInt(people.size()));
        String given = GIVEN[random.nextInt(GIVEN.length)];
        String family = families.get(random.nextInt(families.size()));
        String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
        switch (random.nextInt(7)) {
            case 0 ->
                people.add(data.participant(given, family, Gender.MALE, country).getId());
            case 1 ->
                // Many at once, as an import inserts them: some with the same name.
                people.addAll(jdbc.queryForList(
                        "insert into participant (given_name, family_name, gender, country)"
                                + " select ?, ?, 'FEMALE', ? from generate_series(1, ?) returning id",
                        Long.class,
                        given,
                        family,
                        country,
                        1 + random.nextInt(3)));
            case 2 -> jdbc.update("update participant set given_name = ? where id = ?", given, person);
            case 3 ->
                jdbc.update(
                        "update participant set country = ?, family_name = ? where id = ?", country, family, person);
            case 4 -> jdbc.update("update participant set gender = 'OTHER' where id = ?", person);
            case 5 -> {
                if (!participants.get(person).isAnonymised()) {
                    participants.anonymise(person);
                }
            }
            default -> {
                jdbc.update("delete from participant where id = ?", person);
                people.remove(person);
            }
        }
        if (people.isEmpty()) {
            people.add(data.participant(given, family, Gender.MALE, country).getId());
        }
    }

    @Test
    void someoneIsFoundByTheirNameAsItIsNowNotOnceAnonymised() {
        String family = "Rename " + TestData.unique();
        Participant person = data.participant("Kanokwan", family, Gender.FEMALE, "TH");

        jdbc.update("update participant set given_name = 'Siriporn' where id = ?", person.getId());

        assertThat(matches("Siriporn", family, "TH")).contains(person.getId());
        assertThat(matches("Kanokwan", family, "TH")).doesNotContain(person.getId());
        assertThat(matches("Siriporn", family, "LA")).as("another country").doesNotContain(person.getId());

        participants.anonymise(person.getId());

        assertThat(matches("Siriporn", family, "TH")).doesNotContain(person.getId());
        assertThat(jdbc.queryForList(
                        "select people from participant_name where search_name = ?", portalFold("Siriporn " + family)))
                .as("a name nobody bears any longer is dropped")
                .isEmpty();
    }

    private List<Long> matches(String given, String family, String country) {
        return participants
                .probableDuplicatesOf(List.of(new PersonToMatch(null, given, family, country)))
                .get(0)
                .stream()
                .map(DuplicateMatch::id)
                .toList();
    }

    private String portalFold(String name) {
        return jdbc.queryForObject("select portal_fold(?)", String.class, name);
    }
}
