package org.mekonginstitute.portal.reporting.reach;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report table back from the page, a CSV or an XLSX file into the same plain form (heading row, then one
 * row of cells per line: labels as written, numbers without separators, shares as percentages with one decimal,
 * empty for none), so tests can compare them cell by cell.
 */
final class ReportTables {

    private ReportTables() {}

    static List<List<String>> fromPage(String html, String slug) {
        Document page = Jsoup.parse(html);
        Element table = page.selectFirst("table[data-table=" + slug + "]");
        if (table == null) {
            throw new AssertionError("No table " + slug + " on the page");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.select("thead th").eachText());
        for (Element row : table.select("tbody tr")) {
            rows.add(row.select("th, td").eachText().stream()
                    .map(ReportTables::plain)
                    .toList());
        }
        return rows;
    }

    static List<List<String>> fromCsv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("The CSV file does not start with a UTF-8 byte-order mark");
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT)) {
            for (CSVRecord record : csv) {
                rows.add(
                        rows.isEmpty()
                                ? record.toList().stream()
                                        .map(h -> h.replace(" (%)", ""))
                                        .toList()
                                : record.toList());
            }
        }
        return rows;
    }

    /** The rows from the heading row on (the sheet starts with the title, the filter and the counting rule). */
    static List<List<String>> fromXlsx(byte[] body) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            int width = 0;
            for (Row row : sheet) {
                if (rows.isEmpty() && (row.getCell(1) == null || row.getCell(1).getCellType() != CellType.STRING)) {
                    continue; // title lines above the table have one cell
                }
                if (rows.isEmpty()) {
                    width = row.getLastCellNum();
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < width; i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            if (cell.getCellStyle().getDataFormatString().contains("%")) {
                return BigDecimal.valueOf(value)
                        .movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString();
            }
            return BigDecimal.valueOf(value)
                    .setScale(0, RoundingMode.UNNECESSARY)
                    .toPlainString();
        }
        return cell.getStringCellValue();
    }

    /** "1,234" → "1234", "60.0%" → "60.0", "—" → "". */
    private static String plain(String cell) {
        if (cell.equals("—")) {
            return "";
        }
        if (cell.matches("[0-9,]+")) {
            return cell.replace(",", "");
        }
        if (cell.matches("[0-9.]+%")) {
            return cell.substring(0, cell.length() - 1);
        }
        return cell;
    }
}
