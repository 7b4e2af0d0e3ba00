package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.finance.Figures;
import org.mekonginstitute.portal.finance.FinancialSummary;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

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
            figures(table, row.label(), row, finance, false);
        }
        figures(table, Text.of("finance.total"), finance.total(), finance, true);
        document.add(table.element());
    }

    /** Budget, planned, spent and remaining, aligned right. */
    private void figures(PdfTable table, String label, Figures f, FinancialSummary finance, boolean total) {
        table.figures(
                label,
                total,
                money(f.budget(), finance),
                money(f.planned(), finance),
                money(f.spent(), finance),
                money(f.remaining(), finance));
    }

    private String money(BigDecimal amount, FinancialSummary finance) {
        return currencies.format(amount, finance.currency());
    }
}
