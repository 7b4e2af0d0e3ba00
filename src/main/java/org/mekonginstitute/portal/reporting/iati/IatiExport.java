package org.mekonginstitute.portal.reporting.iati;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.finance.FinanceReports;
import org.mekonginstitute.portal.project.DacSectors;
import org.mekonginstitute.portal.project.ProjectStatus;
import org.mekonginstitute.portal.shared.Countries;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes projects as an IATI Activity Standard 2.03 file, one iati-activity each. The codes, and the choices
 * behind them:
 * <ul>
 *   <li>activity-status: pipeline 1, ongoing 2 Implementation, completed 4 Closed, cancelled 5;</li>
 *   <li>activity-date: 1 planned start and 3 planned end are the project's dates; 2 actual start and 4 actual end
 *       as {@link IatiActivity#actualStart} and {@link IatiActivity#actualEnd} say — never a date in the future;</li>
 *   <li>participating-org: see {@link IatiOrganisations};</li>
 *   <li>recipient-country: the project's countries, sharing 100% equally (rounded to two decimals, the remainder
 *       on the first), as the portal does not split the work by country;</li>
 *   <li>sector: the project's DAC 5-digit code (vocabulary 1), 100%;</li>
 *   <li>budget and transaction: see {@link IatiFunding}, and {@link IatiFinance} for budgets by year and
 *       expenditure.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
class IatiExport {

    static final String VERSION = "2.03";

    /**
     * The language of the file ({@code xml:lang} of every activity), whoever downloads it: the narratives the
     * portal writes itself (a transaction's description) are in it, so that the published file is the same for
     * every reader.
     */
    static final Locale LANGUAGE = Locale.ENGLISH;

    private static final Map<ProjectStatus, String> STATUS = Map.of(
            ProjectStatus.PIPELINE,
            "1",
            ProjectStatus.ONGOING,
            "2",
            ProjectStatus.COMPLETED,
            "4",
            ProjectStatus.CANCELLED,
            "5");

    private final IatiOrganisations organisations;
    private final IatiFunding funding;
    private final IatiFinance finance;
    private final DacSectors sectors;
    private final Countries countries;
    private final Clock clock;

    byte[] write(List<IatiActivity> activities) {
        IatiXml xml = new IatiXml();
        Element root = xml.root("iati-activities");
        root.setAttribute("version", VERSION);
        root.setAttribute(
                "generated-datetime",
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        LocalDate today = LocalDate.now(clock);
        Map<Long, FinanceReports.ProjectMoney> money = finance.load(activities);
        for (IatiActivity activity : activities) {
            activity(xml, xml.child(root, "iati-activity"), activity, today, money.get(activity.id()));
        }
        return xml.bytes();
    }

    /** The elements of one activity, in the order the standard's schema wants them. */
    private void activity(
            IatiXml xml, Element activity, IatiActivity a, LocalDate today, FinanceReports.ProjectMoney money) {
        activity.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", LANGUAGE.getLanguage());
        activity.setAttribute(
                "last-updated-datetime",
                a.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        Set<String> currencies = new LinkedHashSet<>(
                a.funding().stream().map(IatiActivity.FundingLine::currency).toList());
        if (currencies.size() == 1) {
            activity.setAttribute("default-currency", currencies.iterator().next());
        }
        xml.text(activity, "iati-identifier", organisations.identifier(a.code()));
        organisations.publisher(xml, activity, "reporting-org");
        xml.narrative(xml.child(activity, "title"), a.title());
        descriptions(xml, activity, a);
        organisations.participants(xml, activity, a);
        xml.child(activity, "activity-status").setAttribute("code", STATUS.get(a.status()));
        dates(xml, activity, a, today);
        countries(xml, activity, a);
        sector(xml, activity, a);
        // Budgets by year where the project keeps a budget, else one per funding line; spending after the funding.
        if (!finance.budgets(xml, activity, a, money)) {
            funding.budgets(xml, activity, a);
        }
        funding.transactions(xml, activity, a);
        finance.transactions(xml, activity, money);
    }

    /** The background as the general description (the title when there is neither background nor goal), the goal. */
    private static void descriptions(IatiXml xml, Element activity, IatiActivity a) {
        String general = a.background() == null && a.goal() == null ? a.title() : a.background();
        if (general != null) {
            description(xml, activity, "1", general);
        }
        if (a.goal() != null) {
            description(xml, activity, "2", a.goal());
        }
    }

    private static void description(IatiXml xml, Element activity, String type, String text) {
        Element description = xml.child(activity, "description");
        description.setAttribute("type", type);
        xml.narrative(description, text);
    }

    private static void dates(IatiXml xml, Element activity, IatiActivity a, LocalDate today) {
        date(xml, activity, "1", a.startDate());
        LocalDate actualStart = a.actualStart(today);
        if (actualStart != null) {
            date(xml, activity, "2", actualStart);
        }
        date(xml, activity, "3", a.endDate());
        LocalDate actualEnd = a.actualEnd(today);
        if (actualEnd != null) {
            date(xml, activity, "4", actualEnd);
        }
    }

    private static void date(IatiXml xml, Element activity, String type, LocalDate date) {
        Element element = xml.child(activity, "activity-date");
        element.setAttribute("type", type);
        element.setAttribute("iso-date", date.toString());
    }

    /** The activity scope (3 multi-national, 4 national) and the recipient countries with their shares. */
    private void countries(IatiXml xml, Element activity, IatiActivity a) {
        if (!a.countries().isEmpty()) {
            xml.child(activity, "activity-scope")
                    .setAttribute("code", a.countries().size() > 1 ? "3" : "4");
        }
        List<BigDecimal> shares = shares(a.countries().size());
        for (int i = 0; i < a.countries().size(); i++) {
            Element country = xml.child(activity, "recipient-country");
            country.setAttribute("code", a.countries().get(i));
            country.setAttribute("percentage", shares.get(i).toPlainString());
            xml.narrative(country, countries.name(a.countries().get(i)));
        }
    }

    private void sector(IatiXml xml, Element activity, IatiActivity a) {
        Element sector = xml.child(activity, "sector");
        sector.setAttribute("vocabulary", "1");
        sector.setAttribute("code", a.sectorCode());
        sector.setAttribute("percentage", "100");
        String sectorName = sectors.name(a.sectorCode());
        if (sectorName != null) {
            xml.narrative(sector, sectorName);
        }
    }

    /** 100 split into n shares of two decimals that add up to exactly 100. */
    static List<BigDecimal> shares(int n) {
        List<BigDecimal> shares = new ArrayList<>();
        if (n == 0) {
            return shares;
        }
        BigDecimal each = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
        BigDecimal first = BigDecimal.valueOf(100).subtract(each.multiply(BigDecimal.valueOf(n - 1)));
        shares.add(first.stripTrailingZeros());
        for (int i = 1; i < n; i++) {
            shares.add(each.stripTrailingZeros());
        }
        return shares;
    }
}
