package org.mekonginstitute.portal.finance.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mekonginstitute.portal.finance.Figures;
import org.mekonginstitute.portal.finance.ProjectFinance;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A project's budget as an Excel workbook: the summary by category, component and year, the budget lines and the
 * activities, amounts as numbers in the budget currency with its decimals; sheets and headings in the reader's
 * language.
 */
@Component
class BudgetWorkbook {

    byte[] write(Project project, ProjectFinance finance) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book, finance.currency());
            Sheet summary = book.createSheet(Text.of("finance.workbook.summary"));
            int row = 0;
            row = text(summary, row, styles.bold, project.getCode() + " · " + project.getTitle());
            row = text(
                    summary,
                    row,
                    null,
                    finance.hasBudget()
                            ? Text.of("finance.workbook.currency", finance.currency())
                            : Text.of("finance.workbook.noBudget"));
            if (finance.hasBudget()) {
                row = table(
                        summary, row + 1, styles, Text.of("finance.category"), finance.byCategory(), finance.total());
                row = table(summary, row + 1, styles, Text.of("finance.component"), finance.byComponent(), null);
                table(summary, row + 1, styles, Text.of("finance.year"), finance.byYear(), null);
                lines(book.createSheet(Text.of("finance.lines")), styles, finance);
                activities(book.createSheet(Text.of("finance.activities")), styles, finance);
            }
            summary.setColumnWidth(0, 40 * 256);
            for (int column = 1; column <= 4; column++) {
                summary.setColumnWidth(column, 18 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the budget workbook", e);
        }
    }

    private static int table(Sheet sheet, int start, Styles styles, String first, List<Figures> rows, Figures total) {
        int row = start;
        header(
                sheet.createRow(row++),
                styles,
                first,
                Text.of("finance.budget"),
                Text.of("finance.planned"),
                Text.of("finance.spent"),
                Text.of("finance.remaining"));
        for (Figures figures : rows) {
            figures(sheet.createRow(row++), styles, figures, false);
        }
        if (total != null) {
            figures(sheet.createRow(row++), styles, total, true);
        }
        return row;
    }

    private static void lines(Sheet sheet, Styles styles, ProjectFinance finance) {
        int row = 0;
        header(
                sheet.createRow(row++),
                styles,
                Text.of("finance.year"),
                Text.of("finance.component"),
                Text.of("finance.category"),
                Text.of("finance.amount"),
                Text.of("finance.note"));
        for (ProjectFinance.Line line : finance.lines()) {
            Row r = sheet.createRow(row++);
            r.createCell(0).setCellValue(Dates.yearNumber(line.year()));
            r.createCell(1).setCellValue(Csv.safe(line.component() == null ? "" : line.component()));
            r.createCell(2).setCellValue(line.category().label());
            money(r, 3, line.amount(), styles.money);
            r.createCell(4).setCellValue(Csv.safe(line.note() == null ? "" : line.note()));
        }
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(3, 18 * 256);
        sheet.setColumnWidth(4, 40 * 256);
    }

    private static void activities(Sheet sheet, Styles styles, ProjectFinance finance) {
        int row = 0;
        header(
                sheet.createRow(row++),
                styles,
                Text.of("finance.activity"),
                Text.of("finance.planned"),
                Text.of("finance.spent"));
        for (ProjectFinance.ActivityMoney activity : finance.activities()) {
            Row r = sheet.createRow(row++);
            r.createCell(0).setCellValue(Csv.safe(activity.title()));
            money(r, 1, activity.planned(), styles.money);
            money(r, 2, activity.spent(), styles.money);
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 18 * 256);
        sheet.setColumnWidth(2, 18 * 256);
    }

    private static void figures(Row row, Styles styles, Figures figures, boolean bold) {
        row.createCell(0).setCellValue(Csv.safe(figures.label()));
        if (bold) {
            row.getCell(0).setCellStyle(styles.bold);
        }
        CellStyle style = bold ? styles.boldMoney : styles.money;
        money(row, 1, figures.budget(), style);
        money(row, 2, figures.planned(), style);
        money(row, 3, figures.spent(), style);
        money(row, 4, figures.remaining(), style);
    }

    private static void header(Row row, Styles styles, String... titles) {
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(styles.bold);
        }
    }

    private static int text(Sheet sheet, int row, CellStyle style, String value) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(Csv.safe(value));
        if (style != null) {
            r.getCell(0).setCellStyle(style);
        }
        return row + 1;
    }

    private static void money(Row row, int column, BigDecimal amount, CellStyle style) {
        row.createCell(column).setCellValue(amount.doubleValue());
        row.getCell(column).setCellStyle(style);
    }

    /** Bold headings, and amounts with the currency's decimals. */
    private static final class Styles {
        final CellStyle bold;
        final CellStyle money;
        final CellStyle boldMoney;

        Styles(XSSFWorkbook book, String currency) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            int digits = currency == null
                    ? 2
                    : java.util.Currency.getInstance(currency).getDefaultFractionDigits();
            short format = book.createDataFormat().getFormat(digits <= 0 ? "#,##0" : "#,##0." + "0".repeat(digits));
            money = book.createCellStyle();
            money.setDataFormat(format);
            boldMoney = book.createCellStyle();
            boldMoney.setDataFormat(format);
            boldMoney.setFont(font);
        }
    }
}
