package org.mekonginstitute.portal.reporting.reach;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Column;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Line;

import java.util.Arrays;
import java.util.List;

/** The rows of a report table as the page shows them. */
class ReportTableTest {

    @Test
    void everyTextIsEscapedAndTotalsStandOut() {
        ReportTable table = new ReportTable(
                ReachTable.BY_ORGANISATION_TYPE,
                List.of(new Column("Type", Column.Kind.TEXT), new Column("Women", Column.Kind.NUMBER)),
                List.of(
                        line(Line.Level.DETAIL, "<b>Ministry</b> & co", 1234),
                        line(Line.Level.DETAIL, "ກະຊວງ \"Lao\"", null),
                        line(Line.Level.TOTAL, "Total", 1234)));

        String rows = table.rowsHtml();
        Document page = Jsoup.parse("<table><tbody>" + rows + "</tbody></table>");

        assertThat(rows).doesNotContain("<b>").contains("&lt;b&gt;Ministry&lt;/b&gt; &amp; co");
        assertThat(page.select("tbody tr")).hasSize(3);
        assertThat(page.select("tr th[scope=row]").eachText())
                .containsExactly("<b>Ministry</b> & co", "ກະຊວງ \"Lao\"", "Total");
        assertThat(page.select("tr td").stream().map(Element::text)).containsExactly("1,234", "", "1,234");
        assertThat(page.select("tr").last().text()).isEqualTo("Total 1,234");
        assertThat(page.select("tr td").first().className()).isEqualTo("text-end text-nowrap");
        assertThat(page.select("tr").last().className()).isEqualTo("total");
        assertThat(page.select("tr").first().hasAttr("class")).isFalse();
    }

    private static Line line(Line.Level level, String label, Integer women) {
        return new Line(Arrays.asList(label, women), Arrays.asList(label, women == null ? null : "1,234"), level);
    }
}
