package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.Vocabulary.GMS;
import static org.mekonginstitute.portal.dataset.Vocabulary.staffEmail;

import java.sql.SQLException;
import java.util.List;
import java.util.Random;

/** The generated staff accounts, spread over the departments, one in ten a manager; all log in with one password. */
final class StaffRows {

    /** The staff accounts as numbered: staff1@bench... is the first. */
    record Staff(long base, int count) {

        /** One of them, drawn from the stream. */
        long member(Random random) {
            return base + 1 + random.nextInt(count);
        }

        /** The login of one of them, by account id. */
        String email(long accountId) {
            return staffEmail(accountId - base);
        }
    }

    private StaffRows() {}

    static Staff write(DatasetLoad load, Random random, List<Long> departments, String passwordHash)
            throws SQLException {
        int count = load.count(100, 5);
        long base = load.max("user_account");
        try (CopyWriter out =
                load.writer("user_account", "id, email, display_name, password_hash, role, department_id")) {
            for (int i = 0; i < count; i++) {
                Names.Name name = Names.of(GMS[i % GMS.length], random);
                out.row(
                        base + 1 + i,
                        staffEmail(i + 1),
                        name.given() + " " + name.family(),
                        passwordHash,
                        i % 10 == 0 ? "MANAGER" : "STAFF",
                        departments.get(i % departments.size()));
            }
        }
        return new Staff(base, count);
    }
}
