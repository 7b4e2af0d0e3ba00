package org.mekonginstitute.portal.participant.csv;

import org.mekonginstitute.portal.shared.Csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first line of a participant file: which column each header names. Headers the portal does not know, a
 * column named twice or a required column missing refuse the file; an activity's export may be imported as it is
 * (its enrolment columns are left aside).
 */
final class ImportHeader {

    private ImportHeader() {}

    /** Each column the header names, with its position in a line. */
    static Map<ParticipantColumn, Integer> columns(List<String> header) {
        Map<ParticipantColumn, Integer> columns = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            Optional<ParticipantColumn> column = ParticipantColumn.named(name);
            if (column.isEmpty()
                    && ParticipantExport.ENROLMENT_HEADERS.contains(name.strip().toLowerCase(Locale.ROOT))) {
                continue; // an activity's export: its enrolment columns are not the participant's
            }
            if (column.isEmpty()) {
                if (!name.isBlank()) {
                    unknown.add("“" + name + "”");
                }
                continue;
            }
            if (columns.putIfAbsent(column.get(), i) != null) {
                throw new Csv.Unreadable(
                        "The column “" + column.get().header() + "” appears twice in the header (line 1).");
            }
        }
        if (!unknown.isEmpty()) {
            throw new Csv.Unreadable("Line 1 names " + (unknown.size() == 1 ? "a column" : "columns")
                    + " the portal does not know: " + String.join(", ", unknown) + ". The columns are: "
                    + String.join(", ", ParticipantColumn.headers()) + ".");
        }
        refuseMissing(columns);
        return columns;
    }

    private static void refuseMissing(Map<ParticipantColumn, Integer> columns) {
        List<String> missing = Arrays.stream(ParticipantColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c))
                .map(c -> "“" + c.header() + "”")
                .toList();
        if (!missing.isEmpty()) {
            throw new Csv.Unreadable("The file has no " + String.join(", ", missing) + " column"
                    + (missing.size() == 1 ? "" : "s") + ": line 1 must name the columns, and "
                    + String.join(
                            ", ",
                            Arrays.stream(ParticipantColumn.values())
                                    .filter(ParticipantColumn::required)
                                    .map(ParticipantColumn::header)
                                    .toList())
                    + " are required.");
        }
    }
}
