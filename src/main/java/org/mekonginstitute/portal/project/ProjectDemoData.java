package org.mekonginstitute.portal.project;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Department;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The four projects of the seeds with their donors, partners and components, loaded once with the demo data.
 * Amounts and agreement references are illustrative: the public pages do not state them.
 */
@Component
@Order(30)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class ProjectDemoData implements ApplicationRunner {

    static final String ACMECS = "MI-ACMECS-2023";
    static final String MIGRATION_2008 = "MI-MMN-LMM-2008";
    static final String MIGRATION_TICA = "MI-TICA-LMM-2017";
    static final String AIS = "MI-AIS-2024";

    private static final List<String> GMS = List.of("KH", "CN", "LA", "MM", "TH", "VN");

    private final ProjectService projects;
    private final ProjectRepository repository;
    private final OrganisationService organisations;
    private final Departments departments;
    private final UserService users;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (repository.findByCode(ACMECS).isEmpty()) {
            acmecs();
        }
        if (repository.findByCode(AIS).isEmpty()) {
            secretariatSupport();
        }
        if (repository.findByCode(MIGRATION_2008).isEmpty()) {
            labourMigration2008();
        }
        if (repository.findByCode(MIGRATION_TICA).isEmpty()) {
            labourMigrationTica();
        }
    }

    /** The institute's capacity building for the ACMECS secretariat, funded by DFAT. */
    private void acmecs() {
        Project p = projects.create(overview(ACMECS, "CCT")
                .title(
                        "Capacity Building of Mekong Institute for Enhanced Secretarial Support and Development in the Mekong Region")
                .status(ProjectStatus.COMPLETED)
                .startDate(LocalDate.of(2023, 12, 1))
                .endDate(LocalDate.of(2024, 11, 30))
                .countries(List.of("KH", "LA", "MM", "TH", "VN"))
                .goal(
                        "To strengthen MI's internal capacities, its support to the Ayeyawady-Chao Phraya-Mekong Economic "
                                + "Cooperation Strategy (ACMECS) and its reputation as an organisation across the Greater Mekong "
                                + "Subregion (GMS) on policy, planning and coordination and communication strategy.")
                .background(
                        "With the support of the Australian Government's Department of Foreign Affairs and Trade (DFAT), MI is "
                                + "implementing this project. On February 2, 2024, MI signed a Memorandum of Understanding with the "
                                + "Ministry of Foreign Affairs of Thailand, designating MI to assume the role of back-office support of "
                                + "an interim ACMECS secretariat (AIS), a cooperation framework among Cambodia, Lao PDR, Myanmar, "
                                + "Thailand and Viet Nam. In preparation, MI needs to enhance its knowledge and expertise in policy, "
                                + "planning and coordination, communication strategy and reporting skills.")
                .build());
        funding(p, "DFAT", "450000", "AUD", "DFAT-ACMECS-2023-01");
        partner(p, "MFA", PartnershipRole.GOVERNMENT_COUNTERPART);
        components(
                p,
                new Part(
                        "Learning from subregional secretariats and organisations",
                        "Provide opportunities to learn from, connect, and exchange with other subregional secretariats, "
                                + "international or intergovernmental organisations with similar nature and obtain good "
                                + "practices."),
                new Part(
                        "Capacity-building training at MI, Khon Kaen, Thailand",
                        "Enhance the internal capacity of MI staff on strategic areas in view of ACMECS."),
                new Part(
                        "One online knowledge-sharing session for MI staff",
                        "Learn from regional/international experts about their experiences and best practices supporting "
                                + "regional development frameworks and/or secretariats."));
    }

    /** The back-office support to the interim ACMECS secretariat under the Thai Ministry of Foreign Affairs. */
    private void secretariatSupport() {
        Project p = projects.create(overview(AIS, "CCT")
                .title("Back-Office Support to the Interim ACMECS Secretariat (AIS)")
                .status(ProjectStatus.ONGOING)
                .startDate(LocalDate.of(2024, 2, 2))
                .endDate(LocalDate.of(2027, 2, 1))
                .countries(List.of("KH", "LA", "MM", "TH", "VN"))
                .goal(
                        "To provide technical and back-office support to the interim ACMECS secretariat under the Ministry of "
                                + "Foreign Affairs of Thailand, in policy, planning and coordination, communication and reporting.")
                .background(
                        "Under the Memorandum of Understanding signed on 2 February 2024, MI assumes the role of back-office "
                                + "support of the interim ACMECS secretariat (AIS) for three years.")
                .sectorCode("15110")
                .build());
        funding(p, "MFA", "9000000", "THB", "MFA-AIS-MOU-2024");
        partner(p, "MFA", PartnershipRole.HOST);
        partner(p, "MFA", PartnershipRole.GOVERNMENT_COUNTERPART);
        components(
                p,
                new Part(
                        "Policy, planning and coordination support",
                        "Support ACMECS meetings, plans and coordination among member countries."),
                new Part(
                        "Communication and reporting",
                        "Communicate ACMECS results and prepare reports to member countries."));
    }

    /** The 2008 curriculum and regional training on labour migration, with the Mekong Migration Network. */
    private void labourMigration2008() {
        Project p = projects.create(overview(MIGRATION_2008, "ITC")
                .title("Labour Migration Management in the Greater Mekong Sub-region: Curriculum and Regional Training")
                .status(ProjectStatus.COMPLETED)
                .startDate(LocalDate.of(2007, 12, 1))
                .endDate(LocalDate.of(2008, 12, 31))
                .countries(GMS)
                .goal(
                        "A series of regional training courses for middle to senior level officials from government agencies, "
                                + "recruitment agencies and private organisations involved in sending and receiving migrants.")
                .background(
                        "Recommended by the MI Stakeholder Consultative Meeting in July 2007. MI and the Mekong Migration Network "
                                + "co-organised the development of a training curriculum, an Expert Meeting to present the draft, a "
                                + "Training of Trainers course and a three-week course on labour migration management.")
                .build());
        // The foundation's grant ran for the calendar year, a month after the project began.
        funding(
                p,
                "The Rockefeller Foundation",
                "120000",
                "USD",
                "RF-2008-LMM",
                LocalDate.of(2008, 1, 1),
                LocalDate.of(2008, 12, 31));
        partner(p, "MMN", PartnershipRole.CO_ORGANISER);
        components(
                p,
                new Part(
                        "Training curriculum on labour migration management",
                        "Develop and validate a curriculum with migration experts."),
                new Part(
                        "Training of Trainers and three-week regional course",
                        "Train officials from the six GMS countries."));
    }

    /** The labour migration programme supported by TICA. */
    private void labourMigrationTica() {
        Project p = projects.create(overview(MIGRATION_TICA, "ITC")
                .title(
                        "Strategic Management to Labour Migration in the Greater Mekong Subregion: Addressing the Challenges through Good Practices")
                .status(ProjectStatus.COMPLETED)
                .startDate(LocalDate.of(2017, 1, 1))
                .endDate(LocalDate.of(2020, 12, 31))
                .countries(GMS)
                .goal(
                        "To strengthen labour mobility and management approaches and provide a platform of exchange among "
                                + "governments, recruitment agencies and other stakeholders to promote decent work.")
                .background(
                        "A demand-driven and solution-oriented programme supported by the Thailand International Cooperation "
                                + "Agency. Following a rapid needs assessment in 2018, a Capacity Development Program, a learning "
                                + "programme in Mae Sot and a synthesis and evaluation workshop followed participants' action plans.")
                .sectorCode("15190")
                .build());
        funding(p, "TICA", "6500000", "THB", "TICA-LM-2017");
        partner(p, "MOL-TH", PartnershipRole.GOVERNMENT_COUNTERPART);
        components(
                p,
                new Part(
                        "Rapid needs assessment",
                        "Determine issues and challenges relating to labour migration in the six GMS countries."),
                new Part(
                        "Capacity Development Program and action plans",
                        "Good practices in labour migration with solution-based coaching."),
                new Part(
                        "Synthesis and evaluation",
                        "Report progress of action plans and assess the impact of the programme."));
    }

    /**
     * A project of the department with this acronym, managed by the demo manager. Its sector is the institute's
     * capacity building unless said otherwise: the secretariat support is public administration, the TICA labour
     * migration programme migration.
     */
    private ProjectOverview.ProjectOverviewBuilder overview(String code, String department) {
        return ProjectOverview.builder()
                .code(code)
                .departmentId(departments.all().stream()
                        .filter(d -> d.getAcronym().equals(department))
                        .findFirst()
                        .map(Department::getId)
                        .orElseThrow())
                .managerId(users.findByEmail("manager@demo.mekonginstitute.org")
                        .map(u -> u.getId())
                        .orElse(null));
    }

    /** Funding from this donor for the project's whole period. */
    private void funding(Project project, String donor, String amount, String currency, String ref) {
        funding(project, donor, amount, currency, ref, project.getStartDate(), project.getEndDate());
    }

    private void funding(
            Project project, String donor, String amount, String currency, String ref, LocalDate from, LocalDate to) {
        projects.addFunding(
                project.getId(),
                new FundingTerms(organisation(donor), new BigDecimal(amount), currency, ref, from, to, 0));
    }

    private void partner(Project project, String organisation, PartnershipRole role) {
        projects.addPartnership(project.getId(), organisation(organisation), role);
    }

    /** A component's title and objective; components are numbered in the order they are listed. */
    private record Part(String title, String objective) {}

    private void components(Project project, Part... parts) {
        for (int i = 0; i < parts.length; i++) {
            projects.addComponent(
                    project.getId(), new ComponentOutline(i + 1, parts[i].title(), parts[i].objective(), 0));
        }
    }

    private long organisation(String acronymOrName) {
        return organisations.options().stream()
                .filter(o -> acronymOrName.equals(o.acronym()) || acronymOrName.equals(o.name()))
                .findFirst()
                .map(OrganisationOption::id)
                .orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + acronymOrName));
    }
}
