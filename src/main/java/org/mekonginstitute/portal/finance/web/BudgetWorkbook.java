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
import java.util.function.BiConsumer;

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
                row = table(summary, row + 1, styles, "finance.category", finance.byCategory(), finance.total());
                row = table(summary, row + 1, styles, "finance.component", finance.byComponent(), null);
                table(summary, row + 1, styles, "finance.year", finance.byYear(), null);
                lines(book.createSheet(Text.of("finance.lines")), styles, finance);
                activities(book.createSheet(Text.of("finance.activities")), styles, finance);
            }
            widths(summary, 0, 40, 18, 18, 18, 18);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the budget workbook", e);
        }
    }

    private static int table(
            Sheet sheet, int start, Styles styles, String firstHeading, List<Figures> rows, Figures total) {
        int row = start;
        header(
                sheet.createRow(row++),
                styles,
                firstHeading,
                "finance.budget",
                "finance.planned",
                "finance.spent",
                "finance.remaining");
        for (Figures figures : rows) {
            figures(sheet.createRow(row++), styles, figures, false);
        }
        if (total != null) {
            figures(sheet.createRow(row++), styles, total, true);
        }
        return row;
    }

    private static void lines(Sheet sheet, Styles styles, ProjectFinance finance) {
        List<String> headings =
                List.of("finance.year", "finance.component", "finance.category", "finance.amount", "finance.note");
        listing(sheet, styles, headings, finance.lines(), (r, line) -> {
            r.createCell(0).setCellValue(Dates.yearNumber(line.year()));
            r.createCell(1).setCellValue(Csv.safe(line.component() == null ? "" : line.component()));
            r.createCell(2).setCellValue(line.category().label());
            money(r, 3, line.amount(), styles.money);
            r.createCell(4).setCellValue(Csv.safe(line.note() == null ? "" : line.note()));
        });
        widths(sheet, 1, 40, 20, 18, 40);
    }

    private static void activities(Sheet sheet, Styles styles, ProjectFinance finance) {
        List<String> headings = List.of("finance.activity", "finance.planned", "finance.spent");
        listing(sheet, styles, headings, finance.activities(), (r, activity) -> {
            r.createCell(0).setCellValue(Csv.safe(activity.title()));
            money(r, 1, activity.planned(), styles.money);
            money(r, 2, activity.spent(), styles.money);
        });
        widths(sheet, 0, 60, 18, 18);
    }

    /** A sheet of items under a row of headings (message keys), one row each with the cells {@code cells} writes. */
    private static <T> void listing(
            Sheet sheet, Styles styles, List<String> headings, List<T> items, BiConsumer<Row, T> cells) {
        header(sheet.createRow(0), styles, headings.toArray(String[]::new));
        int row = 1;
        for (T item : items) {
            cells.accept(sheet.createRow(row++), item);
        }
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

    /** A row of headings, by their message keys, in bold. */
    private static void header(Row row, Styles styles, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(Text.of(keys[i]));
            row.getCell(i).setCellStyle(styles.bold);
        }
    }

    /** The widths of the columns from {@code first} on, in characters. */
    private static void widths(Sheet sheet, int first, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(first + i, characters[i] * 256);
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
