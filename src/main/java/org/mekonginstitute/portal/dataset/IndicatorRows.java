package org.mekonginstitute.portal.dataset;

import static org.mekonginstitute.portal.dataset.LargeDataset.ANCHOR;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Up to four indicators per project: computed ones (participants trained, share of women, action plans...) and
 * reported ones with a few dated values, as the project's Indicators tab and the donor report show them.
 */
final class IndicatorRows {

    /** Source, name, unit and target of each computed indicator. */
    private static final String[][] COMPUTED = {
        {"PARTICIPANTS_TRAINED", "People trained", "people", "300"},
        {"WOMEN_SHARE", "Share of women among those trained", "%", "50"},
        {"COUNTRIES_REACHED", "Countries reached", "countries", "6"},
        {"AVERAGE_TEST_GAIN", "Average gain in test scores", "points", "15"},
        {"ACTION_PLANS_COMPLETED", "Action plans completed", "action plans", "20"},
        {"ACTIVITIES_COMPLETED", "Activities held as planned", "%", "90"}
    };

    private static final String[] REPORTED = {
        "Policy briefs published", "Officials applying the tools learnt", "Regional dialogues convened"
    };

    private IndicatorRows() {}

    /** Returns how many indicators were written. */
    static long write(DatasetLoad load, ProjectRows.Projects projects) throws SQLException {
        Random random = load.stream(3);
        long indicatorId = load.max("indicator");
        long valueId = load.max("indicator_value");
        long first = indicatorId;
        try (CopyWriter out = load.writer("indicator", "id, project_id, name, unit, source, baseline, target");
                CopyWriter values = load.writer("indicator_value", "id, indicator_id, value_date, value, note")) {
            for (int p = 0; p < projects.count(); p++) {
                int n = random.nextInt(5);
                Set<Integer> chosen = new TreeSet<>();
                while (chosen.size() < n) {
                    chosen.add(random.nextInt(COMPUTED.length + REPORTED.length));
                }
                for (int k : chosen) {
                    long id = ++indicatorId;
                    if (k < COMPUTED.length) {
                        String[] c = COMPUTED[k];
                        out.row(id, projects.base() + 1 + p, c[1], c[2], c[0], 0, c[3]);
                        continue;
                    }
                    int target = 5 + random.nextInt(40);
                    out.row(id, projects.base() + 1 + p, REPORTED[k - COMPUTED.length], "count", "MANUAL", 0, target);
                    LocalDate date = projects.start()[p].plusMonths(6);
                    for (int v = 1; !date.isAfter(projects.end()[p]) && !date.isAfter(ANCHOR) && v <= 4; v++) {
                        values.row(
                                ++valueId,
                                id,
                                date,
                                Math.min(target, target * v / 4 + random.nextInt(3)),
                                v == 1 ? "First report from the country teams." : null);
                        date = date.plusMonths(6);
                    }
                }
            }
        }
        return indicatorId - first;
    }
}
