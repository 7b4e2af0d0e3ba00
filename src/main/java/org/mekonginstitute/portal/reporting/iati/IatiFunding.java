package org.mekonginstitute.portal.reporting.iati;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

import java.time.LocalDate;

/**
 * An IATI activity's money, one budget and one transaction per funding line: the budget committed (status 2) over
 * the funding period (the project's dates when none), the transaction an 11 Incoming Commitment from the donor to
 * the institute dated at the start of that period.
 */
@Component
@RequiredArgsConstructor
class IatiFunding {

    private final IatiOrganisations organisations;

    void budgets(IatiXml xml, Element activity, IatiActivity a) {
        for (IatiActivity.FundingLine line : a.funding()) {
            LocalDate from = start(a, line);
            LocalDate to = line.periodEnd() == null ? a.endDate() : line.periodEnd();
            Element budget = xml.child(activity, "budget");
            budget.setAttribute("type", "1");
            budget.setAttribute("status", "2");
            xml.child(budget, "period-start").setAttribute("iso-date", from.toString());
            xml.child(budget, "period-end").setAttribute("iso-date", (to.isBefore(from) ? from : to).toString());
            value(xml, budget, line, from);
        }
    }

    void transactions(IatiXml xml, Element activity, IatiActivity a) {
        for (IatiActivity.FundingLine line : a.funding()) {
            LocalDate from = start(a, line);
            Element transaction = xml.child(activity, "transaction");
            xml.child(transaction, "transaction-type").setAttribute("code", "11");
            xml.child(transaction, "transaction-date").setAttribute("iso-date", from.toString());
            value(xml, transaction, line, from);
            xml.narrative(
                    xml.child(transaction, "description"),
                    Text.in(IatiExport.LANGUAGE, "reporting.iati.fundingAgreement", line.donor()));
            organisations.provider(xml, transaction, line);
            organisations.publisher(xml, transaction, "receiver-org");
        }
    }

    private static LocalDate start(IatiActivity a, IatiActivity.FundingLine line) {
        return line.periodStart() == null ? a.startDate() : line.periodStart();
    }

    private static void value(IatiXml xml, Element parent, IatiActivity.FundingLine line, LocalDate valueDate) {
        Element value =
                xml.text(parent, "value", line.amount().stripTrailingZeros().toPlainString());
        value.setAttribute("currency", line.currency());
        value.setAttribute("value-date", valueDate.toString());
    }
}
