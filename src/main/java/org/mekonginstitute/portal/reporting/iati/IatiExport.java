package org.mekonginstitute.portal.reporting.iati;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.project.DacSectors;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.ProjectStatus;
import org.mekonginstitute.portal.shared.Countries;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes projects as an IATI Activity Standard 2.03 file. The codes, and the choices behind them:
 * <ul>
 *   <li>activity-status: pipeline 1, ongoing 2 Implementation, completed 4 Closed, cancelled 5;</li>
 *   <li>activity-date: 1 planned start and 3 planned end are the project's dates; 2 actual start is the first held
 *       activity's start (an ongoing or completed project without one: its start date, if past); 4 actual end, for a
 *       completed project only, the last held activity's end (else its end date) — never a date in the future;</li>
 *   <li>participating-org: each donor 1 Funding, the institute 4 Implementing, a government counterpart
 *       2 Accountable (the government the project answers to), every other partner — co-organiser, implementing or
 *       technical partner, host — 4 Implementing;</li>
 *   <li>recipient-country: the project's countries, sharing 100% equally (rounded to two decimals, the remainder
 *       on the first), as the portal does not split the work by country;</li>
 *   <li>sector: the project's DAC 5-digit code (vocabulary 1), 100%;</li>
 *   <li>budget and transaction: one per funding line, the budget committed (status 2) over the funding period
 *       (the project's dates when none), the transaction an 11 Incoming Commitment from the donor to the institute
 *       dated at the start of that period.</li>
 * </ul>
 */
@Component
@RequiredArgsConstructor
class IatiExport {

    static final String VERSION = "2.03";

    private static final Map<ProjectStatus, String> STATUS = Map.of(
            ProjectStatus.PIPELINE,
            "1",
            ProjectStatus.ONGOING,
            "2",
            ProjectStatus.COMPLETED,
            "4",
            ProjectStatus.CANCELLED,
            "5");
    private static final Map<OrganisationType, String> ORGANISATION_TYPE = Map.ofEntries(
            Map.entry(OrganisationType.DONOR_AGENCY, "10"),
            Map.entry(OrganisationType.GOVERNMENT_AGENCY, "10"),
            Map.entry(OrganisationType.INTERGOVERNMENTAL_ORGANISATION, "40"),
            Map.entry(OrganisationType.SECRETARIAT, "40"),
            Map.entry(OrganisationType.NGO, "22"),
            Map.entry(OrganisationType.NETWORK, "23"),
            Map.entry(OrganisationType.ACADEMIC, "80"),
            Map.entry(OrganisationType.PRIVATE_SECTOR, "70"),
            Map.entry(OrganisationType.MEDIA, "70"),
            Map.entry(OrganisationType.RECRUITMENT_AGENCY, "70"),
            Map.entry(OrganisationType.FOUNDATION, "60"));
    private static final String FUNDING = "1";
    private static final String ACCOUNTABLE = "2";
    private static final String IMPLEMENTING = "4";

    private final IatiProperties publisher;
    private final DacSectors sectors;
    private final Countries countries;
    private final Clock clock;

    /** The iati-identifier of a project: the publisher's reference, a hyphen, the project code. */
    String identifier(String projectCode) {
        return publisher.reportingOrgRef() + "-" + projectCode;
    }

    byte[] write(List<IatiActivity> activities) {
        Document doc = newDocument();
        Element root = doc.createElement("iati-activities");
        root.setAttribute("version", VERSION);
        root.setAttribute(
                "generated-datetime",
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        doc.appendChild(root);
        LocalDate today = LocalDate.now(clock);
        for (IatiActivity activity : activities) {
            root.appendChild(activity(doc, activity, today));
        }
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Could not write the IATI file", e);
        }
    }

    private Element activity(Document doc, IatiActivity a, LocalDate today) {
        Element activity = doc.createElement("iati-activity");
        activity.setAttributeNS(XMLConstants.XML_NS_URI, "xml:lang", "en");
        activity.setAttribute(
                "last-updated-datetime",
                a.updatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        Set<String> currencies = new LinkedHashSet<>(
                a.funding().stream().map(IatiActivity.FundingLine::currency).toList());
        if (currencies.size() == 1) {
            activity.setAttribute("default-currency", currencies.iterator().next());
        }
        text(doc, activity, "iati-identifier", identifier(a.code()));
        Element reporting = child(doc, activity, "reporting-org");
        reporting.setAttribute("ref", publisher.reportingOrgRef());
        reporting.setAttribute("type", publisher.reportingOrgType());
        narrative(doc, reporting, publisher.reportingOrgName());
        narrative(doc, child(doc, activity, "title"), a.title());
        descriptions(doc, activity, a);

        Set<String> listed = new LinkedHashSet<>();
        for (IatiActivity.FundingLine line : a.funding()) {
            participant(doc, activity, listed, FUNDING, line.donor(), line.donorType(), null);
        }
        participant(
                doc, activity, listed, IMPLEMENTING, publisher.reportingOrgName(), null, publisher.reportingOrgRef());
        for (IatiActivity.Partner partner : a.partners()) {
            String role = partner.role() == PartnershipRole.GOVERNMENT_COUNTERPART ? ACCOUNTABLE : IMPLEMENTING;
            participant(doc, activity, listed, role, partner.name(), partner.type(), null);
        }

        child(doc, activity, "activity-status").setAttribute("code", STATUS.get(a.status()));
        date(doc, activity, "1", a.startDate());
        LocalDate actualStart = actualStart(a, today);
        if (actualStart != null) {
            date(doc, activity, "2", actualStart);
        }
        date(doc, activity, "3", a.endDate());
        LocalDate actualEnd = actualEnd(a, today);
        if (actualEnd != null) {
            date(doc, activity, "4", actualEnd);
        }
        if (!a.countries().isEmpty()) {
            child(doc, activity, "activity-scope")
                    .setAttribute("code", a.countries().size() > 1 ? "3" : "4");
        }
        List<BigDecimal> shares = shares(a.countries().size());
        for (int i = 0; i < a.countries().size(); i++) {
            Element country = child(doc, activity, "recipient-country");
            country.setAttribute("code", a.countries().get(i));
            country.setAttribute("percentage", shares.get(i).toPlainString());
            narrative(doc, country, countries.name(a.countries().get(i)));
        }
        Element sector = child(doc, activity, "sector");
        sector.setAttribute("vocabulary", "1");
        sector.setAttribute("code", a.sectorCode());
        sector.setAttribute("percentage", "100");
        String sectorName = sectors.name(a.sectorCode());
        if (sectorName != null) {
            narrative(doc, sector, sectorName);
        }

        for (IatiActivity.FundingLine line : a.funding()) {
            LocalDate from = line.periodStart() == null ? a.startDate() : line.periodStart();
            LocalDate to = line.periodEnd() == null ? a.endDate() : line.periodEnd();
            Element budget = child(doc, activity, "budget");
            budget.setAttribute("type", "1");
            budget.setAttribute("status", "2");
            child(doc, budget, "period-start").setAttribute("iso-date", from.toString());
            child(doc, budget, "period-end").setAttribute("iso-date", (to.isBefore(from) ? from : to).toString());
            value(doc, budget, line, from);
        }
        for (IatiActivity.FundingLine line : a.funding()) {
            LocalDate from = line.periodStart() == null ? a.startDate() : line.periodStart();
            Element transaction = child(doc, activity, "transaction");
            child(doc, transaction, "transaction-type").setAttribute("code", "11");
            child(doc, transaction, "transaction-date").setAttribute("iso-date", from.toString());
            value(doc, transaction, line, from);
            narrative(doc, child(doc, transaction, "description"), "Funding agreement with " + line.donor());
            Element provider = child(doc, transaction, "provider-org");
            provider.setAttribute("type", ORGANISATION_TYPE.get(line.donorType()));
            narrative(doc, provider, line.donor());
            Element receiver = child(doc, transaction, "receiver-org");
            receiver.setAttribute("ref", publisher.reportingOrgRef());
            receiver.setAttribute("type", publisher.reportingOrgType());
            narrative(doc, receiver, publisher.reportingOrgName());
        }
        return activity;
    }

    private void descriptions(Document doc, Element activity, IatiActivity a) {
        String general = a.background() == null && a.goal() == null ? a.title() : a.background();
        if (general != null) {
            Element description = child(doc, activity, "description");
            description.setAttribute("type", "1");
            narrative(doc, description, general);
        }
        if (a.goal() != null) {
            Element description = child(doc, activity, "description");
            description.setAttribute("type", "2");
            narrative(doc, description, a.goal());
        }
    }

    /** Each organisation once per role, even when it funds through several lines. */
    private void participant(
            Document doc,
            Element activity,
            Set<String> listed,
            String role,
            String name,
            OrganisationType type,
            String ref) {
        if (!listed.add(role + "|" + name)) {
            return;
        }
        Element org = child(doc, activity, "participating-org");
        if (ref != null) {
            org.setAttribute("ref", ref);
        }
        org.setAttribute("role", role);
        org.setAttribute("type", type == null ? publisher.reportingOrgType() : ORGANISATION_TYPE.get(type));
        narrative(doc, org, name);
    }

    private static LocalDate actualStart(IatiActivity a, LocalDate today) {
        if (a.status() != ProjectStatus.ONGOING && a.status() != ProjectStatus.COMPLETED) {
            return a.actualStart();
        }
        if (a.actualStart() != null) {
            return a.actualStart();
        }
        return a.startDate().isAfter(today) ? null : a.startDate();
    }

    private static LocalDate actualEnd(IatiActivity a, LocalDate today) {
        if (a.status() != ProjectStatus.COMPLETED) {
            return null;
        }
        LocalDate end = a.actualEnd() == null ? a.endDate() : a.actualEnd();
        return end.isAfter(today) ? today : end;
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

    private static void value(Document doc, Element parent, IatiActivity.FundingLine line, LocalDate valueDate) {
        Element value =
                text(doc, parent, "value", line.amount().stripTrailingZeros().toPlainString());
        value.setAttribute("currency", line.currency());
        value.setAttribute("value-date", valueDate.toString());
    }

    private static void date(Document doc, Element activity, String type, LocalDate date) {
        Element element = child(doc, activity, "activity-date");
        element.setAttribute("type", type);
        element.setAttribute("iso-date", date.toString());
    }

    private static void narrative(Document doc, Element parent, String text) {
        text(doc, parent, "narrative", text);
    }

    private static Element child(Document doc, Element parent, String name) {
        Element element = doc.createElement(name);
        parent.appendChild(element);
        return element;
    }

    private static Element text(Document doc, Element parent, String name, String text) {
        Element element = child(doc, parent, name);
        element.setTextContent(text);
        return element;
    }

    private static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
