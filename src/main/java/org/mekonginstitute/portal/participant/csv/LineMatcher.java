package org.mekonginstitute.portal.participant.csv;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.DuplicateMatch;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.participant.csv.LineReader.ReadLine;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Row;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who in the registry each valid line may already be (its probable duplicates, found for all lines at once, as
 * for one new participant), and which of those people the target activity has enrolled already.
 */
@Component
@RequiredArgsConstructor
class LineMatcher {

    private final ParticipantService participants;
    private final EnrolmentService enrolments;

    /** The lines' rows with their matches; lines with problems are not matched. */
    List<Row> match(List<ReadLine> lines, Long activityId) {
        List<ReadLine> valid = lines.stream().filter(line -> line.row().valid()).toList();
        List<List<DuplicateMatch>> matches = participants.probableDuplicates(
                valid.stream().map(ReadLine::details).toList());
        Set<Long> enrolled = activityId == null
                ? Set.of()
                : enrolments.enrolledAmong(
                        activityId,
                        matches.stream()
                                .flatMap(List::stream)
                                .map(DuplicateMatch::id)
                                .distinct()
                                .toList());
        List<Row> rows = new ArrayList<>();
        int n = 0;
        for (ReadLine line : lines) {
            rows.add(line.row().valid() ? withMatches(line.row(), matches.get(n++), enrolled) : line.row());
        }
        return rows;
    }

    private static Row withMatches(Row row, List<DuplicateMatch> found, Set<Long> enrolled) {
        List<Long> enrolledMatches = found.stream()
                .map(DuplicateMatch::id)
                .filter(enrolled::contains)
                .toList();
        return new Row(row.line(), row.values(), row.problems(), found, enrolledMatches);
    }
}
