package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.Vocabulary.GMS;
import static org.mekonginstitute.portal.dataset.Vocabulary.ORG_TYPES;
import static org.mekonginstitute.portal.dataset.Vocabulary.label;

import java.sql.SQLException;
import java.util.Random;

/**
 * The generated participants of the six countries, with names in their own scripts about half the time, slightly
 * more women than men, and most with an email address.
 */
final class ParticipantRows {

    private static final String[] POSITIONS = {
        "Officer", "Director", "Deputy Director", "Coordinator", "Researcher", "Manager"
    };
    private static final String[] SENIORITIES = {"JUNIOR", "MIDDLE", "SENIOR", "EXECUTIVE"};

    /** The participants as numbered, with each one's country (by position from 0). */
    record Participants(long base, String[] country) {

        int count() {
            return country.length;
        }
    }

    private ParticipantRows() {}

    static Participants write(DatasetLoad load, Random random) throws SQLException {
        int count = load.count(200_000, 200);
        Participants participants = new Participants(load.max("participant"), new String[count]);
        try (CopyWriter out = load.writer(
                "participant",
                "id, title, given_name, family_name, gender, country,"
                        + " organisation_name, organisation_type, position, seniority, email, phone, consent_to_contact")) {
            for (int i = 0; i < count; i++) {
                long id = participants.base() + 1 + i;
                String country = GMS[random.nextInt(GMS.length)];
                participants.country()[i] = country;
                Names.Name name = Names.of(country, random);
                int genderRoll = random.nextInt(100);
                String gender = genderRoll < 48
                        ? "FEMALE"
                        : genderRoll < 97 ? "MALE" : genderRoll < 98 ? "OTHER" : "UNDISCLOSED";
                String type = ORG_TYPES[1 + random.nextInt(ORG_TYPES.length - 1)];
                out.row(
                        id,
                        gender.equals("FEMALE") ? "Ms" : gender.equals("MALE") ? "Mr" : null,
                        name.given(),
                        name.family(),
                        gender,
                        country,
                        label(type) + " " + (1 + random.nextInt(400)) + " (" + country + ")",
                        type,
                        POSITIONS[random.nextInt(6)],
                        SENIORITIES[random.nextInt(4)],
                        random.nextInt(10) < 7 ? "p" + id + "@participants.gen.example.org" : null,
                        random.nextInt(2) == 0 ? "+66 " + (10_000_000 + random.nextInt(89_999_999)) : null,
                        random.nextInt(4) != 0);
            }
        }
        return participants;
    }
}
