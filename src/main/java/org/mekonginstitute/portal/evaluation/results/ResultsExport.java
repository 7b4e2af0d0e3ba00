package org.mekonginstitute.portal.evaluation.results;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.Text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An activity's results as files: one CSV with a block per table (a heading line, then its rows), or a workbook
 * with one sheet per table. Figures are numbers; shares are per cent with one decimal. Names and headings are in
 * the language of the request; questions and answers as staff and participants typed them.
 */
public final class ResultsExport {

    /** One table of the results: its name, its headings and its rows. */
    record Table(String name, List<String> headings, List<List<Object>> rows) {}

    private ResultsExport() {}

    static List<Table> tables(ActivityResults r) {
        return List.of(response(r), scores(r), gain(r), items(r), ratings(r), openAnswers(r));
    }

    private static Table response(ActivityResults r) {
        List<List<Object>> rows = new ArrayList<>();
        for (Round round : Round.values()) {
            rows.add(List.of(
                    round.label(),
                    r.answered().getOrDefault(round, 0L),
                    r.participants(),
                    blank(r.responseRate(round))));
        }
        return table(
                "evaluation.export.response",
                headings(
                        "evaluation.export.round",
                        "evaluation.export.answered",
                        "evaluation.export.participants",
                        "evaluation.export.responseRate"),
                rows);
    }

    private static Table scores(ActivityResults r) {
        return table(
                "evaluation.export.scores",
                List.of(Text.of("evaluation.results.score"), Round.PRE_TEST.label(), Round.POST_TEST.label()),
                r.bands().stream()
                        .map(b -> List.<Object>of(b.label(), b.before(), b.after()))
                        .toList());
    }

    private static Table gain(ActivityResults r) {
        ActivityResults.Gain g = r.gain();
        return table(
                "evaluation.export.gain",
                headings(
                        "evaluation.results.bothScores",
                        "evaluation.export.meanPreTest",
                        "evaluation.export.meanPostTest",
                        "evaluation.export.meanGain"),
                List.of(List.of(g.pairs(), blank(g.before()), blank(g.after()), blank(g.gain()))));
    }

    private static Table items(ActivityResults r) {
        return table(
                "evaluation.export.items",
                headings(
                        "evaluation.results.item",
                        "evaluation.results.question",
                        "evaluation.export.rightAnswer",
                        "evaluation.results.rightBefore",
                        "evaluation.results.rightAfter",
                        "evaluation.export.answeredBefore",
                        "evaluation.export.answeredAfter"),
                r.items().stream()
                        .map(i -> List.<Object>of(
                                i.number(),
                                i.text(),
                                i.rightAnswer(),
                                blank(i.shareBefore()),
                                blank(i.shareAfter()),
                                i.answeredBefore(),
                                i.answeredAfter()))
                        .toList());
    }

    private static Table ratings(ActivityResults r) {
        List<String> headings = new ArrayList<>(
                headings("evaluation.results.item", "evaluation.results.question", "evaluation.results.mean"));
        headings.addAll(List.of("1", "2", "3", "4", "5"));
        headings.add(Text.of("evaluation.export.answers"));
        return table(
                "evaluation.export.ratings",
                headings,
                r.ratings().stream()
                        .map(q -> {
                            List<Object> row = new ArrayList<>(List.of(q.number(), q.text(), blank(q.mean())));
                            row.addAll(q.counts());
                            row.add(q.answers());
                            return row;
                        })
                        .toList());
    }

    private static Table openAnswers(ActivityResults r) {
        List<List<Object>> rows = new ArrayList<>();
        r.open().forEach(q -> q.answers().forEach(a -> rows.add(List.of(q.number(), q.text(), a))));
        return table(
                "evaluation.results.open",
                headings("evaluation.results.item", "evaluation.results.question", "evaluation.export.answer"),
                rows);
    }

    private static Table table(String nameKey, List<String> headings, List<List<Object>> rows) {
        return new Table(Text.of(nameKey), headings, rows);
    }

    private static List<String> headings(String... keys) {
        return Arrays.stream(keys).map(Text::of).toList();
    }

    public static byte[] csv(ActivityResults results) {
        return Csv.bytes(csv -> {
            for (Table table : tables(results)) {
                csv.printRecord(table.name());
                csv.printRecord(table.headings());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(ResultsExport::safe).toList());
                }
                csv.println();
            }
        });
    }

    public static byte[] xlsx(ActivityResults results) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            for (Table table : tables(results)) {
                Sheet sheet = workbook.createSheet(table.name());
                Row heading = sheet.createRow(0);
                for (int i = 0; i < table.headings().size(); i++) {
                    heading.createCell(i).setCellValue(table.headings().get(i));
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        if (value instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else {
                            row.createCell(i).setCellValue(String.valueOf(value));
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                sheet.setColumnWidth(1, 48 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object blank(BigDecimal value) {
        return value == null ? "" : value;
    }

    private static Object safe(Object value) {
        return value instanceof String text ? Csv.safe(text) : value;
    }
}
