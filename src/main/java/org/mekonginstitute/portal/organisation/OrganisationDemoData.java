package org.mekonginstitute.portal.organisation;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Donors and partners named in the institute's project pages (the seeds), loaded once with the demo data. */
@Component
@Order(20)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class OrganisationDemoData implements ApplicationRunner {

    private final OrganisationService organisations;
    private final OrganisationRepository repository;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        add(
                "Department of Foreign Affairs and Trade",
                "DFAT",
                OrganisationType.DONOR_AGENCY,
                "AU",
                "https://www.dfat.gov.au",
                "Australian Government. Funds the capacity building of MI for secretarial support to ACMECS.",
                "Development Cooperation Section",
                "Counsellor, Development Cooperation",
                "bangkok.development@dfat.example.org");
        add(
                "Thailand International Cooperation Agency",
                "TICA",
                OrganisationType.DONOR_AGENCY,
                "TH",
                "https://tica-thaigov.mfa.go.th",
                "Supports the labour migration programme (2017–2020).",
                "Programme Officer",
                "Programme Officer, Development Cooperation",
                "programmes@tica.example.org");
        add(
                "The Rockefeller Foundation",
                null,
                OrganisationType.FOUNDATION,
                "US",
                "https://www.rockefellerfoundation.org",
                "Financed the 2008 Expert Meeting on Labour Migration Management.",
                null,
                null,
                null);
        add(
                "Ministry of Foreign Affairs of Thailand",
                "MFA",
                OrganisationType.GOVERNMENT_AGENCY,
                "TH",
                "https://www.mfa.go.th",
                "Hosts the interim ACMECS secretariat (AIS); MoU with MI signed on 2 February 2024.",
                "ACMECS Desk",
                "Department of International Economic Affairs",
                "acmecs@mfa.example.org");
        add(
                "Mekong Migration Network",
                "MMN",
                OrganisationType.NETWORK,
                null,
                "https://www.mekongmigration.org",
                "Subregional network of migrant support NGOs and research institutes.",
                null,
                null,
                null);
        add(
                "Mekong River Commission Secretariat",
                "MRCS",
                OrganisationType.SECRETARIAT,
                "LA",
                "https://www.mrcmekong.org",
                "Based in Vientiane; a potential host for structured learning visits.",
                null,
                null,
                null);
        add(
                "ASEAN Secretariat",
                "ASEC",
                OrganisationType.SECRETARIAT,
                "ID",
                "https://asean.org",
                null,
                null,
                null,
                null);
        add(
                "Ministry of Labour and Vocational Training",
                "MLVT",
                OrganisationType.GOVERNMENT_AGENCY,
                "KH",
                null,
                null,
                null,
                null,
                null);
        add(
                "Ministry of Human Resources and Social Security",
                "MOHRSS",
                OrganisationType.GOVERNMENT_AGENCY,
                "CN",
                null,
                null,
                null,
                null,
                null);
        add(
                "Ministry of Labour and Social Welfare",
                "MLSW",
                OrganisationType.GOVERNMENT_AGENCY,
                "LA",
                null,
                null,
                null,
                null,
                null);
        add("Ministry of Labour", "MOL-MM", OrganisationType.GOVERNMENT_AGENCY, "MM", null, null, null, null, null);
        add(
                "Ministry of Labour of Thailand",
                "MOL-TH",
                OrganisationType.GOVERNMENT_AGENCY,
                "TH",
                null,
                null,
                null,
                null,
                null);
        add(
                "Ministry of Labour, Invalids and Social Affairs",
                "MOLISA",
                OrganisationType.GOVERNMENT_AGENCY,
                "VN",
                null,
                null,
                null,
                null,
                null);
    }

    private void add(
            String name,
            String acronym,
            OrganisationType type,
            String country,
            String website,
            String notes,
            String contactName,
            String contactPosition,
            String contactEmail) {
        if (repository.findByNameIgnoringCase(name).isPresent()) {
            return;
        }
        Organisation organisation =
                organisations.register(new OrganisationProfile(name, acronym, type, country, website, notes, 0));
        if (contactName != null) {
            organisations.addContact(
                    organisation.getId(), new ContactDetails(contactName, contactPosition, contactEmail, null, 0));
        }
    }
}
