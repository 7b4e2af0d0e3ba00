package org.mekonginstitute.portal.participant.csv;

import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.Text;

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
                        Text.of("participant.import.header.twice", column.get().header()));
            }
        }
        if (!unknown.isEmpty()) {
            String names = String.join(", ", unknown);
            String known = String.join(", ", ParticipantColumn.headers());
            throw new Csv.Unreadable(
                    unknown.size() == 1
                            ? Text.of("participant.import.header.unknown.one", names, known)
                            : Text.of("participant.import.header.unknown.many", names, known));
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
            String absent = String.join(", ", missing);
            String required = String.join(
                    ", ",
                    Arrays.stream(ParticipantColumn.values())
                            .filter(ParticipantColumn::required)
                            .map(ParticipantColumn::header)
                            .toList());
            throw new Csv.Unreadable(
                    missing.size() == 1
                            ? Text.of("participant.import.header.missing.one", absent, required)
                            : Text.of("participant.import.header.missing.many", absent, required));
        }
    }
}
