package org.mekonginstitute.portal.participant.csv;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Problem;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Row;
import org.mekonginstitute.portal.participant.web.ParticipantForm;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a participant file as the preview shows them: each line's values by column and what is wrong with
 * it: a value that cannot be read, what the registry's form would refuse, a wrong number of values, or the email
 * of an earlier line.
 */
@Component
@RequiredArgsConstructor
class LineReader {

    private final ValueReader values;
    private final Validator validator;

    /** A line as read: the preview's row (its matches still to find) and the details it gives. */
    record ReadLine(Row row, ParticipantDetails details) {}

    List<ReadLine> read(Csv.Table table, Map<ParticipantColumn, Integer> columns) {
        return reading(table, columns).next(table.rows());
    }

    /** Reads a file's lines a part at a time, remembering the emails of the parts before. */
    Reading reading(Csv.Table table, Map<ParticipantColumn, Integer> columns) {
        return new Reading(table.header().size(), columns, values.registeredOrganisations());
    }

    /** The reading of one file, part after part. */
    final class Reading {

        private final int headerSize;
        private final Map<ParticipantColumn, Integer> columns;
        private final Map<String, OrganisationOption> registered;
        private final Map<String, Integer> emailLines = new HashMap<>();

        private Reading(
                int headerSize, Map<ParticipantColumn, Integer> columns, Map<String, OrganisationOption> registered) {
            this.headerSize = headerSize;
            this.columns = columns;
            this.registered = registered;
        }

        List<ReadLine> next(List<Csv.Row> part) {
            List<ReadLine> lines = new ArrayList<>();
            for (Csv.Row line : part) {
                lines.add(line(line));
            }
            return lines;
        }

        private ReadLine line(Csv.Row line) {
            Map<String, String> byHeader = valuesOf(line, columns);
            List<Problem> problems = new ArrayList<>();
            if (line.values().size() != headerSize) {
                problems.add(new Problem(
                        null,
                        Text.of("participant.import.line.width", line.values().size(), headerSize)));
            }
            ParticipantForm form = values.form(byHeader, registered, problems);
            validate(form, byHeader, problems);
            String email =
                    form.getEmail() == null ? null : form.getEmail().strip().toLowerCase(Locale.ROOT);
            if (email != null && !email.isEmpty()) {
                Integer earlier = emailLines.putIfAbsent(email, line.line());
                if (earlier != null) {
                    problems.add(new Problem(
                            ParticipantColumn.EMAIL.header(),
                            Text.of("participant.import.line.sameEmail", String.valueOf(earlier))));
                }
            }
            problems.sort(Comparator.comparingInt(p -> p.column() == null
                    ? -1
                    : ParticipantColumn.named(p.column()).map(Enum::ordinal).orElse(99)));
            Row row = new Row(line.line(), byHeader, List.copyOf(problems), List.of(), List.of());
            return new ReadLine(row, form.toDetails());
        }
    }

    /** The details of lines read before (a confirmed preview's), to register. */
    List<ParticipantDetails> details(List<Row> rows) {
        Map<String, OrganisationOption> registered = values.registeredOrganisations();
        return rows.stream()
                .map(row ->
                        values.form(row.values(), registered, new ArrayList<>()).toDetails())
                .toList();
    }

    /** The line's values by header, as written (trimmed; none where the line is short). */
    private static Map<String, String> valuesOf(Csv.Row line, Map<ParticipantColumn, Integer> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((column, index) -> values.put(
                column.header(),
                index < line.values().size()
                        ? PlainText.strippedOrNull(
                                Csv.unsafe(line.values().get(index).strip()))
                        : null));
        return values;
    }

    /** What the registry's form would refuse, beside its column; one problem per column at most. */
    private void validate(ParticipantForm form, Map<String, String> byHeader, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        problems.forEach(p -> seen.add(p.column()));
        for (ConstraintViolation<ParticipantForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString();
            ParticipantColumn column = ParticipantColumn.ofField(field).orElse(null);
            String header = column == null ? null : column.header();
            if (header != null && seen.add(header)) {
                String message = column.required() && byHeader.get(header) == null
                        ? Text.of("participant.import.value.required")
                        : violation.getMessage();
                problems.add(new Problem(header, message));
            }
        }
    }
}
