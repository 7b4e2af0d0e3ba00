package org.mekonginstitute.portal.reporting.reach;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Column;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Line;
import org.mekonginstitute.portal.shared.Csv;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/** A report table as a CSV file (UTF-8 with a byte-order mark, for spreadsheet programs) or an XLSX workbook. */
@Component
class ReportExports {

    /** Shares are written as percentages with one decimal, e.g. 48.1, under a heading that says so. */
    byte[] csv(ReportTable table) {
        return Csv.bytes(csv -> {
            csv.printRecord(table.columns().stream()
                    .map(c -> c.kind() == Column.Kind.SHARE ? c.heading() + " (%)" : c.heading())
                    .toList());
            for (Line line : table.lines()) {
                List<Object> cells = line.values();
                Object[] record = new Object[cells.size()];
                for (int i = 0; i < cells.size(); i++) {
                    Object value = cells.get(i);
                    record[i] = value instanceof BigDecimal share ? ReachTable.percent(share) : value;
                }
                csv.printRecord(record);
            }
        });
    }

    /**
     * One sheet: the title and the filter on top, then the table with its headings frozen; numbers are numbers
     * and shares percentages, so the figures can be summed and charted.
     */
    byte[] xlsx(ReportTable table, String filterDescription) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(table.kind().slug());
            cell(sheet.createRow(0), 0, table.title(), styles.title);
            cell(sheet.createRow(1), 0, filterDescription, null);
            cell(sheet.createRow(2), 0, ReachQueries.countingRule(), null);
            int first = 4;
            Row heading = sheet.createRow(first);
            List<Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                cell(heading, i, columns.get(i).heading(), styles.heading);
            }
            int r = first + 1;
            for (Line line : table.lines()) {
                Row row = sheet.createRow(r++);
                boolean bold = line.level() != Line.Level.DETAIL;
                for (int i = 0; i < columns.size(); i++) {
                    Object value = line.value(i);
                    CellStyle style = switch (columns.get(i).kind()) {
                        case SHARE -> bold ? styles.boldShare : styles.share;
                        case NUMBER -> bold ? styles.boldNumber : null;
                        case TEXT -> bold ? styles.bold : null;
                    };
                    cell(row, i, value, style);
                }
            }
            sheet.createFreezePane(0, first + 1);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, columns.get(i).kind() == Column.Kind.TEXT ? 32 * 256 : 15 * 256);
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle bold;
        final CellStyle boldNumber;
        final CellStyle share;
        final CellStyle boldShare;

        Styles(Workbook workbook) {
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            short percent = workbook.createDataFormat().getFormat("0.0%");
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            heading = workbook.createCellStyle();
            heading.setFont(boldFont);
            heading.setBorderBottom(BorderStyle.THIN);
            heading.setWrapText(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            boldNumber = workbook.createCellStyle();
            boldNumber.setFont(boldFont);
            share = workbook.createCellStyle();
            share.setDataFormat(percent);
            boldShare = workbook.createCellStyle();
            boldShare.setFont(boldFont);
            boldShare.setDataFormat(percent);
        }
    }
}
