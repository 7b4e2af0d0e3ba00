package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.finance.Figures;
import org.mekonginstitute.portal.finance.FinancialSummary;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.util.Set;

/** The donor report PDF's financial summary: budget, planned and spent by category, as the page shows it. */
@Component
@RequiredArgsConstructor
class FinancePdfSection {

    private final Currencies currencies;

    void write(Document document, PdfText text, FinancialSummary finance) throws DocumentException {
        if (finance == null) {
            return;
        }
        ReportText.heading(document, text, Text.of("reporting.donor.finance"));
        ReportText.line(document, text, Text.of("reporting.donor.finance.note", finance.currency()));
        PdfTable table = new PdfTable(text, 3, 2, 2, 2, 2)
                .headings(
                        "finance.category", "finance.budget", "finance.planned", "finance.spent", "finance.remaining");
        for (Figures row : finance.byCategory()) {
            table.row(
                    Set.of(1, 2, 3, 4),
                    row.label(),
                    money(row.budget(), finance),
                    money(row.planned(), finance),
                    money(row.spent(), finance),
                    money(row.remaining(), finance));
        }
        Figures total = finance.total();
        table.add(Text.of("finance.total"), true, Element.ALIGN_LEFT);
        for (java.math.BigDecimal amount :
                new java.math.BigDecimal[] {total.budget(), total.planned(), total.spent(), total.remaining()}) {
            table.add(money(amount, finance), true, Element.ALIGN_RIGHT);
        }
        document.add(table.element());
    }

    private String money(java.math.BigDecimal amount, FinancialSummary finance) {
        return currencies.format(amount, finance.currency());
    }
}
