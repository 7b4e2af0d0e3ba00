package org.mekonginstitute.portal.reporting.iati;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.springframework.stereotype.Component;
import org.w3c.dom.Element;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The organisations an IATI activity names, with their IATI codes: the institute as publisher (reporting-org,
 * and receiver of the funding), and as participating-org each donor 1 Funding, the institute 4 Implementing, a
 * government counterpart 2 Accountable (the government the project answers to) and every other partner
 * (co-organiser, implementing or technical partner, host) 4 Implementing.
 */
@Component
@RequiredArgsConstructor
class IatiOrganisations {

    private static final Map<OrganisationType, String> TYPE = Map.ofEntries(
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

    /** The iati-identifier of a project: the publisher's reference, a hyphen, the project code. */
    String identifier(String projectCode) {
        return publisher.reportingOrgRef() + "-" + projectCode;
    }

    /** The institute as it publishes the file ({@code reporting-org}) or receives funding ({@code receiver-org}). */
    void publisher(IatiXml xml, Element parent, String element) {
        Element org = xml.child(parent, element);
        org.setAttribute("ref", publisher.reportingOrgRef());
        org.setAttribute("type", publisher.reportingOrgType());
        xml.narrative(org, publisher.reportingOrgName());
    }

    /** A donor as the provider of a funding transaction. */
    void provider(IatiXml xml, Element transaction, IatiActivity.FundingLine line) {
        Element provider = xml.child(transaction, "provider-org");
        provider.setAttribute("type", TYPE.get(line.donorType()));
        xml.narrative(provider, line.donor());
    }

    /** The donors, the institute and the partners; each organisation once per role, whatever its funding lines. */
    void participants(IatiXml xml, Element activity, IatiActivity a) {
        Set<String> listed = new LinkedHashSet<>();
        for (IatiActivity.FundingLine line : a.funding()) {
            participant(xml, activity, listed, FUNDING, line.donor(), line.donorType(), null);
        }
        participant(
                xml, activity, listed, IMPLEMENTING, publisher.reportingOrgName(), null, publisher.reportingOrgRef());
        for (IatiActivity.Partner partner : a.partners()) {
            String role = partner.role() == PartnershipRole.GOVERNMENT_COUNTERPART ? ACCOUNTABLE : IMPLEMENTING;
            participant(xml, activity, listed, role, partner.name(), partner.type(), null);
        }
    }

    private void participant(
            IatiXml xml,
            Element activity,
            Set<String> listed,
            String role,
            String name,
            OrganisationType type,
            String ref) {
        if (!listed.add(role + "|" + name)) {
            return;
        }
        Element org = xml.child(activity, "participating-org");
        if (ref != null) {
            org.setAttribute("ref", ref);
        }
        org.setAttribute("role", role);
        org.setAttribute("type", type == null ? publisher.reportingOrgType() : TYPE.get(type));
        xml.narrative(org, name);
    }
}
