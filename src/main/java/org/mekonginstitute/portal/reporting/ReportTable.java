package org.mekonginstitute.portal.reporting;

import java.util.List;

/**
 * One table of the reach report as it is shown, printed and exported: the page, the CSV and the XLSX file are all
 * written from the same lines, so they carry the same numbers.
 */
public record ReportTable(ReachTable kind, List<Column> columns, List<Line> lines) {

    /** A column: its heading and what its cells hold. */
    public record Column(String heading, Kind kind) {

        public enum Kind {
            /** A label (first columns); the first column heads its row. */
            TEXT,
            /** A whole number: people, participations, activities, a year. */
            NUMBER,
            /** A fraction between 0 and 1 shown as a percentage, or empty. */
            SHARE
        }
    }

    /** A line of cells, one per column (String, Long, Integer or BigDecimal; null for empty). */
    public record Line(List<Object> cells, Level level) {

        public enum Level { DETAIL, SUBTOTAL, TOTAL }

        public Object cell(int index) {
            return cells.get(index);
        }
    }

    public String title() {
        return kind.title();
    }

    public boolean isEmpty() {
        return lines.stream().noneMatch(line -> line.level() == Line.Level.DETAIL);
    }
}
