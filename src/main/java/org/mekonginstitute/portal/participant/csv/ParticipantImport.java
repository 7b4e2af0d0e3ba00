package org.mekonginstitute.portal.participant.csv;

import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.DuplicateMatch;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A CSV file of participants between upload and confirmation: each line as read, with what is wrong with it and
 * who in the registry it may already be, and the choices made for those lines. Kept in {@code participant_import}
 * for a day at most.
 */
record ParticipantImport(
        UUID id,
        String fileName,
        Long activityId,
        EnrolmentRole role,
        AttendanceStatus status,
        List<Row> rows,
        Map<Integer, Choice> choices,
        String createdBy,
        Instant createdAt) {

    /** A line of the file. {@code values} by column header, as written (trimmed). */
    record Row(
            int line,
            Map<String, String> values,
            List<Problem> problems,
            List<DuplicateMatch> matches,
            List<Long> enrolledMatches) {

        public boolean valid() {
            return problems.isEmpty();
        }

        public String value(ParticipantColumn column) {
            return values.get(column.header());
        }

        public String name() {
            String given = value(ParticipantColumn.GIVEN_NAME);
            String family = value(ParticipantColumn.FAMILY_NAME);
            String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
            return name.isEmpty() ? "—" : name;
        }

        /** What happens to the line unless the user chooses otherwise: same email or same name, use that person. */
        public Choice suggestion() {
            if (matches.isEmpty()) {
                return Choice.NEW;
            }
            DuplicateMatch best = matches.get(0);
            return best.sameEmail() || best.sameName() ? Choice.use(best.id()) : Choice.NEW;
        }

        /** A new record may not take an email someone already has: such a line can only use that person or be skipped. */
        public boolean mayCreate() {
            return matches.stream().noneMatch(DuplicateMatch::sameEmail);
        }

        boolean allows(Choice choice) {
            return switch (choice.kind()) {
                case NEW -> mayCreate();
                case SKIP -> true;
                case USE -> matches.stream().anyMatch(m -> m.id() == choice.participantId());
            };
        }

        public boolean enrolled(long participantId) {
            return enrolledMatches.contains(participantId);
        }
    }

    /** What is wrong with one value of a line (column null: the line as a whole). */
    record Problem(String column, String message) {}

    /** For a line with probable duplicates: create a new record, use an existing one, or leave the line out. */
    record Choice(Kind kind, Long participantId) {

        enum Kind {
            NEW,
            USE,
            SKIP
        }

        static final Choice NEW = new Choice(Kind.NEW, null);
        static final Choice SKIP = new Choice(Kind.SKIP, null);

        static Choice use(long participantId) {
            return new Choice(Kind.USE, participantId);
        }

        /** "new", "skip" or "use:42", as the preview's selects send them; null for anything else. */
        static Choice parse(String text) {
            if (text == null) {
                return null;
            }
            if (text.equals("new")) {
                return NEW;
            }
            if (text.equals("skip")) {
                return SKIP;
            }
            if (text.startsWith("use:")) {
                try {
                    return use(Long.parseLong(text.substring(4)));
                } catch (NumberFormatException notANumber) {
                    return null;
                }
            }
            return null;
        }

        public String code() {
            return kind == Kind.USE ? "use:" + participantId : kind.name().toLowerCase();
        }
    }

    /** The preview with these choices (line → code) made besides those kept; a choice a line does not allow is none. */
    ParticipantImport withChoices(Map<Integer, String> typed) {
        Map<Integer, Choice> all = new HashMap<>(choices);
        allowedChoices(typed).forEach((line, code) -> all.put(Integer.valueOf(line), Choice.parse(code)));
        return new ParticipantImport(id, fileName, activityId, role, status, rows, all, createdBy, createdAt);
    }

    /** The typed choices (line → code) that their lines allow, as they are kept. */
    Map<String, String> allowedChoices(Map<Integer, String> typed) {
        Map<Integer, Row> byLine = rows.stream().collect(Collectors.toMap(Row::line, r -> r));
        Map<String, String> allowed = new LinkedHashMap<>();
        typed.forEach((line, code) -> {
            Row row = byLine.get(line);
            Choice choice = Choice.parse(code);
            if (row != null && choice != null && row.allows(choice)) {
                allowed.put(String.valueOf(line), choice.code());
            }
        });
        return allowed;
    }

    /** Refuses the whole import while lines have problems, unless only the valid lines are to be imported. */
    void checkProblems(boolean onlyValid) {
        long problems = problemCount();
        if (problems > 0 && !onlyValid) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(
                    null,
                    problems == 1
                            ? Text.of("participant.import.problems.one", problemLines())
                            : Text.of("participant.import.problems.many", String.valueOf(problems), problemLines()))));
        }
    }

    /**
     * What confirming does with the lines: new records for some, people already registered for others ({@code
     * existing}, in the order of their lines, each once, used by {@code usingExisting} lines), and how many lines
     * are left out (those with problems among them).
     */
    record Plan(List<Row> toCreate, Set<Long> existing, int usingExisting, int skipped) {}

    Plan plan() {
        List<Row> toCreate = new ArrayList<>();
        Set<Long> existing = new LinkedHashSet<>();
        int usingExisting = 0;
        int skipped = 0;
        for (Row row : rows) {
            Choice choice = row.valid() ? choiceFor(row) : Choice.SKIP;
            switch (choice.kind()) {
                case SKIP -> skipped++;
                case USE -> {
                    usingExisting++;
                    existing.add(choice.participantId());
                }
                case NEW -> toCreate.add(row);
            }
        }
        return new Plan(toCreate, existing, usingExisting, skipped);
    }

    /** The choice for a line: the one made, or the suggestion. */
    public Choice choiceFor(Row row) {
        Choice chosen = choices.get(row.line());
        return chosen != null && row.allows(chosen) ? chosen : row.suggestion();
    }

    public long problemCount() {
        return rows.stream().filter(r -> !r.valid()).count();
    }

    public long duplicateCount() {
        return rows.stream().filter(r -> r.valid() && !r.matches().isEmpty()).count();
    }

    /** Lines with problems, "4, 9, 12" (the first twenty). */
    public String problemLines() {
        List<String> lines = rows.stream()
                .filter(r -> !r.valid())
                .map(r -> String.valueOf(r.line()))
                .toList();
        return lines.size() <= 20 ? String.join(", ", lines) : String.join(", ", lines.subList(0, 20)) + " …";
    }
}
