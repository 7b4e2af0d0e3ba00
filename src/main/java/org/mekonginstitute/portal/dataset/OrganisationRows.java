package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.Vocabulary.GMS;
import static org.mekonginstitute.portal.dataset.Vocabulary.ORG_TYPES;
import static org.mekonginstitute.portal.dataset.Vocabulary.OTHER_COUNTRIES;
import static org.mekonginstitute.portal.dataset.Vocabulary.label;

import java.sql.SQLException;
import java.util.Random;

/**
 * The generated organisations, a fifth of them donors (agencies and foundations abroad), the rest in the region,
 * each with up to two contact persons.
 */
final class OrganisationRows {

    private static final String[] POSITIONS = {"Director", "Programme Officer", "Coordinator", "Head of Unit"};

    /** The organisations as numbered: the donors first. */
    record Organisations(long base, int count, int donors) {

        /** One of the donors, drawn from the stream. */
        long donor(Random random) {
            return base + 1 + random.nextInt(donors);
        }

        /** One of the organisations in the region (partners, hosts), drawn from the stream. */
        long partner(Random random) {
            return base + 1 + donors + random.nextInt(count - donors);
        }
    }

    private OrganisationRows() {}

    static Organisations write(DatasetLoad load, Random random) throws SQLException {
        int count = load.count(500, 12);
        int donors = count / 5;
        long base = load.max("organisation");
        Random contactStream = load.stream(1);
        long contactId = load.max("contact_person");
        try (CopyWriter out = load.writer("organisation", "id, name, acronym, type, country, active, website");
                CopyWriter contacts =
                        load.writer("contact_person", "id, organisation_id, name, position, email, phone")) {
            for (int i = 0; i < count; i++) {
                String type = i < donors
                        ? (i % 2 == 0 ? "DONOR_AGENCY" : "FOUNDATION")
                        : ORG_TYPES[random.nextInt(ORG_TYPES.length)];
                String country = i < donors
                        ? OTHER_COUNTRIES[random.nextInt(OTHER_COUNTRIES.length)]
                        : GMS[random.nextInt(GMS.length)];
                out.row(
                        base + 1 + i,
                        "Generated organisation " + (i + 1) + " (" + label(type) + ", " + country + ")",
                        "GO" + (i + 1),
                        type,
                        country,
                        random.nextInt(20) != 0,
                        "https://go" + (i + 1) + ".example.org");
                for (int c = 0, n = contactStream.nextInt(3); c < n; c++) {
                    String contactCountry = GMS[contactStream.nextInt(GMS.length)];
                    Names.Name name = Names.of(contactCountry, contactStream);
                    contacts.row(
                            ++contactId,
                            base + 1 + i,
                            name.given() + " " + name.family(),
                            POSITIONS[contactStream.nextInt(4)],
                            "contact" + contactId + "@go" + (i + 1) + ".example.org",
                            "+66 2 " + (1_000_000 + contactStream.nextInt(8_999_999)));
                }
            }
        }
        return new Organisations(base, count, donors);
    }
}
