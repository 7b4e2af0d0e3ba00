package org.mekonginstitute.portal.participant.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.participant.DuplicateMatch;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Choice;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Problem;
import org.mekonginstitute.portal.participant.csv.ParticipantImport.Row;
import org.mekonginstitute.portal.shared.InvalidInput;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What happens to each line of an import: the suggestion, the choices a line allows, and what confirming does. */
class ImportChoicesTest {

    static final DuplicateMatch SAME_EMAIL = match(11, "email", 1.0);
    static final DuplicateMatch SAME_NAME = match(12, "name", 1.0);
    static final DuplicateMatch SIMILAR_NAME = match(13, "name", 0.7);

    @Test
    void aLineWithoutMatchesIsANewRecord() {
        assertThat(line(2).suggestion()).isEqualTo(Choice.NEW);
    }

    @Test
    void theSameEmailOrTheSameNameSuggestsThatPerson() {
        assertThat(line(2, SAME_EMAIL).suggestion()).isEqualTo(Choice.use(11));
        assertThat(line(2, SAME_NAME, SIMILAR_NAME).suggestion()).isEqualTo(Choice.use(12));
        assertThat(line(2, SIMILAR_NAME).suggestion()).isEqualTo(Choice.NEW);
    }

    @Test
    void aLineWithSomeonesEmailCanOnlyUseThatPersonOrBeLeftOut() {
        Row row = line(2, SAME_EMAIL);

        assertThat(row.mayCreate()).isFalse();
        assertThat(row.allows(Choice.NEW)).isFalse();
        assertThat(row.allows(Choice.use(11))).isTrue();
        assertThat(row.allows(Choice.SKIP)).isTrue();
    }

    @Test
    void aLineCanOnlyUseOneOfItsMatches() {
        Row row = line(2, SIMILAR_NAME);

        assertThat(row.allows(Choice.use(13))).isTrue();
        assertThat(row.allows(Choice.use(99))).isFalse();
        assertThat(row.allows(Choice.NEW)).isTrue();
    }

    @Test
    void choicesAreReadAsThePreviewSendsThem() {
        assertThat(Choice.parse("new")).isEqualTo(Choice.NEW);
        assertThat(Choice.parse("skip")).isEqualTo(Choice.SKIP);
        assertThat(Choice.parse("use:42")).isEqualTo(Choice.use(42));
        assertThat(Choice.parse("use:someone")).isNull();
        assertThat(Choice.parse("delete")).isNull();
        assertThat(Choice.use(42).code()).isEqualTo("use:42");
    }

    @Test
    void aChoiceTheLineDoesNotAllowFallsBackToTheSuggestion() {
        ParticipantImport preview = preview(line(2, SAME_EMAIL), line(3, SIMILAR_NAME))
                .withChoices(Map.of(2, "new", 3, "use:13", 4, "skip"));

        assertThat(preview.choiceFor(preview.rows().get(0))).isEqualTo(Choice.use(11));
        assertThat(preview.choiceFor(preview.rows().get(1))).isEqualTo(Choice.use(13));
        assertThat(preview.allowedChoices(Map.of(2, "new", 3, "use:13", 4, "skip")))
                .containsExactlyEntriesOf(Map.of("3", "use:13"));
    }

    @Test
    void confirmingCreatesUsesOrLeavesOutEachLine() {
        ParticipantImport preview = preview(
                        line(2), line(3, SAME_EMAIL), line(4, SAME_EMAIL), line(5, SIMILAR_NAME), withProblem(6))
                .withChoices(Map.of(5, "skip"));

        ParticipantImport.Plan plan = preview.plan();

        assertThat(plan.toCreate()).extracting(Row::line).containsExactly(2);
        assertThat(plan.existing()).containsExactly(11L);
        assertThat(plan.usingExisting()).isEqualTo(2);
        assertThat(plan.skipped())
                .as("the line with a problem and the one left out")
                .isEqualTo(2);
    }

    @Test
    void linesWithProblemsStopTheImportUnlessOnlyTheValidLinesAreImported() {
        ParticipantImport one = preview(line(2), withProblem(4));
        ParticipantImport two = preview(withProblem(3), line(4), withProblem(9));

        assertThatThrownBy(() -> one.checkProblems(false))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining(
                        "1 line has problems (line 4). Nothing was imported: correct the file and upload it again,"
                                + " or choose to import only the valid lines.");
        assertThatThrownBy(() -> two.checkProblems(false)).hasMessageContaining("2 lines have problems (lines 3, 9).");
        one.checkProblems(true);
        preview(line(2)).checkProblems(false);
    }

    @Test
    void thePreviewCountsItsProblemsAndProbableDuplicates() {
        ParticipantImport preview = preview(line(2), line(3, SIMILAR_NAME), withProblem(4));

        assertThat(preview.problemCount()).isEqualTo(1);
        assertThat(preview.duplicateCount()).isEqualTo(1);
        assertThat(preview.problemLines()).isEqualTo("4");
    }

    private static Row line(int line, DuplicateMatch... matches) {
        return new Row(line, Map.of(), List.of(), List.of(matches), List.of());
    }

    private static Row withProblem(int line) {
        return new Row(line, Map.of(), List.of(new Problem("gender", "Required, but empty.")), List.of(), List.of());
    }

    private static ParticipantImport preview(Row... rows) {
        return new ParticipantImport(
                UUID.randomUUID(), "test.csv", null, null, null, List.of(rows), Map.of(), "staff", Instant.now());
    }

    private static DuplicateMatch match(long id, String reason, double similarity) {
        return new DuplicateMatch(id, "Someone", "TH", null, null, reason, similarity);
    }
}
