package org.mekonginstitute.portal.organisation;

import static org.mekonginstitute.portal.organisation.OrganisationType.DONOR_AGENCY;
import static org.mekonginstitute.portal.organisation.OrganisationType.FOUNDATION;
import static org.mekonginstitute.portal.organisation.OrganisationType.GOVERNMENT_AGENCY;
import static org.mekonginstitute.portal.organisation.OrganisationType.NETWORK;
import static org.mekonginstitute.portal.organisation.OrganisationType.SECRETARIAT;

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
        donors();
        partners();
        ministriesOfLabour();
    }

    private void donors() {
        add(
                new OrganisationProfile(
                        "Department of Foreign Affairs and Trade",
                        "DFAT",
                        DONOR_AGENCY,
                        "AU",
                        "https://www.dfat.gov.au",
                        "Australian Government. Funds the capacity building of MI for secretarial support to ACMECS.",
                        0),
                new ContactDetails(
                        "Development Cooperation Section",
                        "Counsellor, Development Cooperation",
                        "bangkok.development@dfat.example.org",
                        null,
                        0));
        add(
                new OrganisationProfile(
                        "Thailand International Cooperation Agency",
                        "TICA",
                        DONOR_AGENCY,
                        "TH",
                        "https://tica-thaigov.mfa.go.th",
                        "Supports the labour migration programme (2017–2020).",
                        0),
                new ContactDetails(
                        "Programme Officer",
                        "Programme Officer, Development Cooperation",
                        "programmes@tica.example.org",
                        null,
                        0));
        add(
                new OrganisationProfile(
                        "The Rockefeller Foundation",
                        null,
                        FOUNDATION,
                        "US",
                        "https://www.rockefellerfoundation.org",
                        "Financed the 2008 Expert Meeting on Labour Migration Management.",
                        0),
                null);
    }

    private void partners() {
        add(
                new OrganisationProfile(
                        "Ministry of Foreign Affairs of Thailand",
                        "MFA",
                        GOVERNMENT_AGENCY,
                        "TH",
                        "https://www.mfa.go.th",
                        "Hosts the interim ACMECS secretariat (AIS); MoU with MI signed on 2 February 2024.",
                        0),
                new ContactDetails(
                        "ACMECS Desk",
                        "Department of International Economic Affairs",
                        "acmecs@mfa.example.org",
                        null,
                        0));
        add(
                new OrganisationProfile(
                        "Mekong Migration Network",
                        "MMN",
                        NETWORK,
                        null,
                        "https://www.mekongmigration.org",
                        "Subregional network of migrant support NGOs and research institutes.",
                        0),
                null);
        add(
                new OrganisationProfile(
                        "Mekong River Commission Secretariat",
                        "MRCS",
                        SECRETARIAT,
                        "LA",
                        "https://www.mrcmekong.org",
                        "Based in Vientiane; a potential host for structured learning visits.",
                        0),
                null);
        add(
                new OrganisationProfile("ASEAN Secretariat", "ASEC", SECRETARIAT, "ID", "https://asean.org", null, 0),
                null);
    }

    /** The counterparts of the labour migration programmes in the six Mekong countries. */
    private void ministriesOfLabour() {
        ministry("Ministry of Labour and Vocational Training", "MLVT", "KH");
        ministry("Ministry of Human Resources and Social Security", "MOHRSS", "CN");
        ministry("Ministry of Labour and Social Welfare", "MLSW", "LA");
        ministry("Ministry of Labour", "MOL-MM", "MM");
        ministry("Ministry of Labour of Thailand", "MOL-TH", "TH");
        ministry("Ministry of Labour, Invalids and Social Affairs", "MOLISA", "VN");
    }

    private void ministry(String name, String acronym, String country) {
        add(new OrganisationProfile(name, acronym, GOVERNMENT_AGENCY, country, null, null, 0), null);
    }

    /** Registers the organisation, with its contact person if one is given, unless it is registered already. */
    private void add(OrganisationProfile profile, ContactDetails contact) {
        if (repository.findByNameIgnoringCase(profile.name()).isPresent()) {
            return;
        }
        Organisation organisation = organisations.register(profile);
        if (contact != null) {
            organisations.addContact(organisation.getId(), contact);
        }
    }
}
