package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.Vocabulary.staffEmail;

import java.time.ZoneOffset;
import java.util.Random;

/**
 * The creation of every project and activity in the audit trail, as the audit trigger records it when people
 * enter them (the triggers are off while the data set loads).
 */
final class AuditRows {

    private AuditRows() {}

    static void write(
            DatasetLoad load,
            StaffRows.Staff staff,
            ProjectRows.Projects projects,
            ActivityRows.Activities activities) {
        Random random = load.stream(5);
        try (CopyWriter out = load.writer(
                "audit_event", "table_name, record_id, parent_table, parent_id, action, actor, at, changes")) {
            for (int p = 0; p < projects.count(); p++) {
                out.row(
                        "project",
                        projects.base() + 1 + p,
                        null,
                        null,
                        "INSERT",
                        actor(random, staff),
                        projects.start()[p].minusMonths(3).atStartOfDay().toInstant(ZoneOffset.UTC),
                        "{\"status\": [null, \"PIPELINE\"]}");
            }
            for (int a = 0; a < activities.count(); a++) {
                long project = activities.project()[a];
                int p = (int) (project - projects.base() - 1);
                out.row(
                        "activity",
                        activities.base() + 1 + a,
                        "project",
                        project,
                        "INSERT",
                        actor(random, staff),
                        projects.start()[p]
                                .atStartOfDay()
                                .toInstant(ZoneOffset.UTC)
                                .plusSeconds(random.nextInt(86_400 * 60)),
                        "{\"status\": [null, \"DRAFT\"]}");
            }
        }
    }

    private static String actor(Random random, StaffRows.Staff staff) {
        return staffEmail(1 + random.nextInt(staff.count()));
    }
}
