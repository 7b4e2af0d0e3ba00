package org.mekonginstitute.portal.dataset;

import java.sql.SQLException;
import java.util.Random;

/** A personal calendar feed for every generated staff member, a third of them for one project. */
final class FeedRows {

    private FeedRows() {}

    static void write(DatasetLoad load, StaffRows.Staff staff, ProjectRows.Projects projects) throws SQLException {
        Random random = load.stream(4);
        long feedId = load.max("calendar_feed");
        try (CopyWriter out = load.writer("calendar_feed", "id, user_account_id, name, token_hash, project_id")) {
            for (int u = 0; u < staff.count(); u++) {
                boolean oneProject = u % 3 == 0;
                out.row(
                        ++feedId,
                        staff.base() + 1 + u,
                        oneProject ? "My project" : "All activities",
                        String.format(
                                "%016x%016x%016x%016x",
                                random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong()),
                        oneProject ? projects.base() + 1 + random.nextInt(projects.count()) : null);
            }
        }
    }
}
