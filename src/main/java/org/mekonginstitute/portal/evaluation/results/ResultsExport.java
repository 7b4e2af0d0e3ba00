package org.mekonginstitute.portal.evaluation.results;

import org.apache.commons.csv.CSVPrinter;
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
        List<Table> tables = new ArrayList<>();
        List<List<Object>> response = new ArrayList<>();
        for (Round round : Round.values()) {
            response.add(List.of(
                    round.label(),
                    r.answered().getOrDefault(round, 0L),
                    r.participants(),
                    blank(r.responseRate(round))));
        }
        tables.add(new Table(
                Text.of("evaluation.export.response"),
                List.of(
                        Text.of("evaluation.export.round"),
                        Text.of("evaluation.export.answered"),
                        Text.of("evaluation.export.participants"),
                        Text.of("evaluation.export.responseRate")),
                response));
        tables.add(new Table(
                Text.of("evaluation.export.scores"),
                List.of(Text.of("evaluation.results.score"), Round.PRE_TEST.label(), Round.POST_TEST.label()),
                r.bands().stream()
                        .map(b -> List.<Object>of(b.label(), b.before(), b.after()))
                        .toList()));
        ActivityResults.Gain g = r.gain();
        tables.add(new Table(
                Text.of("evaluation.export.gain"),
                List.of(
                        Text.of("evaluation.results.bothScores"),
                        Text.of("evaluation.export.meanPreTest"),
                        Text.of("evaluation.export.meanPostTest"),
                        Text.of("evaluation.export.meanGain")),
                List.of(List.of(g.pairs(), blank(g.before()), blank(g.after()), blank(g.gain())))));
        tables.add(new Table(
                Text.of("evaluation.export.items"),
                List.of(
                        Text.of("evaluation.results.item"),
                        Text.of("evaluation.results.question"),
                        Text.of("evaluation.export.rightAnswer"),
                        Text.of("evaluation.results.rightBefore"),
                        Text.of("evaluation.results.rightAfter"),
                        Text.of("evaluation.export.answeredBefore"),
                        Text.of("evaluation.export.answeredAfter")),
                r.items().stream()
                        .map(i -> List.<Object>of(
                                i.number(),
                                i.text(),
                                i.rightAnswer(),
                                blank(i.shareBefore()),
                                blank(i.shareAfter()),
                                i.answeredBefore(),
                                i.answeredAfter()))
                        .toList()));
        tables.add(new Table(
                Text.of("evaluation.export.ratings"),
                List.of(
                        Text.of("evaluation.results.item"),
                        Text.of("evaluation.results.question"),
                        Text.of("evaluation.results.mean"),
                        "1",
                        "2",
                        "3",
                        "4",
                        "5",
                        Text.of("evaluation.export.answers")),
                r.ratings().stream()
                        .map(q -> {
                            List<Object> row = new ArrayList<>(List.of(q.number(), q.text(), blank(q.mean())));
                            row.addAll(q.counts());
                            row.add(q.answers());
                            return row;
                        })
                        .toList()));
        List<List<Object>> open = new ArrayList<>();
        r.open().forEach(q -> q.answers().forEach(a -> open.add(List.of(q.number(), q.text(), a))));
        tables.add(new Table(
                Text.of("evaluation.results.open"),
                List.of(
                        Text.of("evaluation.results.item"),
                        Text.of("evaluation.results.question"),
                        Text.of("evaluation.export.answer")),
                open));
        return tables;
    }

    public static byte[] csv(ActivityResults results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = Csv.printer(bytes)) {
            for (Table table : tables(results)) {
                csv.printRecord(table.name());
                csv.printRecord(table.headings());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(ResultsExport::safe).toList());
                }
                csv.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
