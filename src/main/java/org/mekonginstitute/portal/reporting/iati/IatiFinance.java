package org.mekonginstitute.portal.reporting.iati;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.finance.FinanceReports;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An IATI activity's budget by period and its expenditure, from the project's budget (see the finance module):
 * one budget per calendar year of the budget lines (type 1 Original, status 2 Committed), the year cut to the
 * project's dates, so that no period is longer than a year and none overlap; and one 4 Expenditure transaction per
 * recorded expenditure, in the currency paid, valued on the day it was paid. Payees are not published.
 */
@Component
@RequiredArgsConstructor
class IatiFinance {

    private final FinanceReports finance;

    Map<Long, FinanceReports.ProjectMoney> load(List<IatiActivity> activities) {
        return finance.ofProjects(activities.stream().map(IatiActivity::id).toList());
    }

    /** Writes the budgets by year; false when the project has none (its funding lines stand in for them). */
    boolean budgets(IatiXml xml, Element activity, IatiActivity a, FinanceReports.ProjectMoney money) {
        if (money == null || money.budgets().isEmpty()) {
            return false;
        }
        for (FinanceReports.YearBudget year : money.budgets()) {
            LocalDate from = LocalDate.of(year.year(), 1, 1);
            LocalDate to = LocalDate.of(year.year(), 12, 31);
            if (!a.startDate().isAfter(to) && !a.endDate().isBefore(from)) {
                from = from.isBefore(a.startDate()) ? a.startDate() : from;
                to = to.isAfter(a.endDate()) ? a.endDate() : to;
            }
            Element budget = xml.child(activity, "budget");
            budget.setAttribute("type", "1");
            budget.setAttribute("status", "2");
            xml.child(budget, "period-start").setAttribute("iso-date", from.toString());
            xml.child(budget, "period-end").setAttribute("iso-date", to.toString());
            Element value =
                    xml.text(budget, "value", year.amount().stripTrailingZeros().toPlainString());
            value.setAttribute("currency", year.currency());
            value.setAttribute("value-date", from.toString());
        }
        return true;
    }

    void transactions(IatiXml xml, Element activity, FinanceReports.ProjectMoney money) {
        if (money == null) {
            return;
        }
        for (FinanceReports.Payment payment : money.payments()) {
            Element transaction = xml.child(activity, "transaction");
            xml.child(transaction, "transaction-type").setAttribute("code", "4");
            xml.child(transaction, "transaction-date")
                    .setAttribute("iso-date", payment.date().toString());
            Element value = xml.text(
                    transaction, "value", payment.amount().stripTrailingZeros().toPlainString());
            value.setAttribute("currency", payment.currency());
            value.setAttribute("value-date", payment.date().toString());
            xml.narrative(
                    xml.child(transaction, "description"),
                    Text.in(IatiExport.LANGUAGE, Text.labelKey(payment.category())) + ": " + payment.activity());
        }
    }
}
