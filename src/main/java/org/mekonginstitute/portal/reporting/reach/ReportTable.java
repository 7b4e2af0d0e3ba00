package org.mekonginstitute.portal.reporting.reach;

import org.springframework.web.util.HtmlUtils;

import java.util.List;

/**
 * One table of the reach report as it is shown, printed and exported: the page, the CSV and the XLSX file are all
 * written from the same lines, so they carry the same numbers. Each line holds its values (for the files) and the
 * same values as the page shows them, formatted once.
 */
record ReportTable(ReachTable kind, List<Column> columns, List<Line> lines) {

    /** A column: its heading and what its cells hold. */
    public record Column(String heading, Kind kind) {

        public enum Kind {
            /** A label (first columns); the first column heads its row. */
            TEXT,
            /** A whole number: people, participations, activities. */
            NUMBER,
            /** A fraction between 0 and 1 shown as a percentage, or empty. */
            SHARE
        }

        /** How the page aligns the column: numbers to the right. */
        public String css() {
            return kind == Kind.TEXT ? "text-nowrap" : "text-end text-nowrap";
        }
    }

    /**
     * A line: one value per column (String, Integer, Long or BigDecimal; null for none), the same as text, e.g.
     * "1,234", "48.1%", "—", and the cells after the first (which heads the row) as the page shows them.
     */
    public record Line(List<Object> values, List<String> texts, Level level, List<Cell> cells) {

        public enum Level {
            DETAIL,
            SUBTOTAL,
            TOTAL
        }

        /** A cell as the page shows it: its text, and numbers aligned to the right. */
        public record Cell(String text, String css) {}

        public Line(List<Object> values, List<String> texts, Level level) {
            this(
                    values,
                    texts,
                    level,
                    java.util.stream.IntStream.range(1, values.size())
                            .mapToObj(i -> new Cell(
                                    texts.get(i),
                                    values.get(i) instanceof String ? "text-nowrap" : "text-end text-nowrap"))
                            .toList());
        }

        public Object value(int index) {
            return values.get(index);
        }

        /** The page's row class: subtotal and total lines stand out. */
        public String css() {
            return switch (level) {
                case DETAIL -> null;
                case SUBTOTAL -> "subtotal";
                case TOTAL -> "total";
            };
        }
    }

    public String title() {
        return kind.title();
    }

    /**
     * The table's rows as the page shows them, each text escaped: written here rather than cell by cell in the
     * template, as twenty years of data make tables of hundreds of lines and the template's loop over each cell cost
     * the report page more than everything else on it.
     */
    public String rowsHtml() {
        StringBuilder html = new StringBuilder(lines.size() * 256);
        for (Line line : lines) {
            html.append(line.css() == null ? "<tr>" : "<tr class=\"" + line.css() + "\">");
            html.append("<th scope=\"row\">")
                    .append(escaped(line.texts().get(0)))
                    .append("</th>\n");
            for (Line.Cell cell : line.cells()) {
                html.append("<td class=\"").append(cell.css()).append("\">");
                html.append(escaped(cell.text())).append("</td>\n");
            }
            html.append("</tr>\n");
        }
        return html.toString();
    }

    private static String escaped(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
