package org.mekonginstitute.portal.participant;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
