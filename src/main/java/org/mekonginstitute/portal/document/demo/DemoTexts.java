package org.mekonginstitute.portal.document.demo;

import java.util.List;

/** The text of the demo documents, from the institute's public pages (shared/seeds); the agenda is illustrative. */
final class DemoTexts {

    private DemoTexts() {}

    static final List<String> ACMECS_CONCEPT = List.of(
            "With the support of the Australian Government’s Department of Foreign Affairs and Trade (DFAT), Mekong Institute (MI) is implementing the project on Capacity Building of Mekong Institute for Enhanced Secretarial Support and Development in the Mekong Region. The project’s goal is to strengthen MI’s internal capacities, its support to the Ayeyawady-Chao Phraya-Mekong Economic Cooperation Strategy (ACMECS) and its reputation as an organisation across the Greater Mekong Subregion (GMS) on policy, planning and coordination and communication strategy.",
            "On February 2, 2024, MI signed a Memorandum of Understanding (MoU) with Ministry of Foreign Affairs (MFA) of Thailand, designating MI to assume the role of back-office support of an interim ACMECS secretariat (AIS), a cooperation framework among Cambodia, Lao PDR, Myanmar, Thailand, and Viet Nam with the aim to utilise member countries’ diverse strengths and promote balanced development in the subregion. The secretariat will be under MFA, Thailand, where MI will provide its technical support for the next three years. In preparation for MI to assume the role, it is imperative for MI to enhance its knowledge and expertise in several areas, such as policy, planning, and coordination, communication strategy, and reporting skills.",
            "Staff members’ knowledge, skills, and abilities are crucial to ensure quality support and service delivery in any organisation. Technical knowledge and skills always need to be up to date with current theories and best practices to achieve the desired goals and objectives. Furthermore, the work of a regional development and cooperation framework is highly complex and evolving, considering new challenges, emerging trends, and wide-ranging stakeholders. Hence, human resources require continuous capacity-building. Through this capacity-building initiative, it is expected that MI will be equipped with knowledge and skills required to carry out the task of providing support to the AIS across various areas.",
            "The project aims to enhance the capacities of leading MI personnel through a combination of various capacity development measures and activities.",
            "Activity 1: Learning from subregional secretariats and organisations.",
            "Objective: Provide opportunities to learn from, connect, and exchange with other subregional secretariats, international or intergovernmental organisations with similar nature and obtain good practices.",
            "Two Structured Learning Visits (SLVs) have been planned to be conducted from December 2023 –February 2024 and March 2024–June 2024, where five key MI personnel involved in this project will participate. Potential organisations include the Mekong River Commission (MRC) Secretariat, based in Vientiane, Lao PDR, and a Bangkok-based organisation, a government agency, or a research and academic institute.",
            "Activity 2: Capacity-building training at MI, Khon Kaen, Thailand.",
            "Objective: Enhance the internal capacity of MI staff on strategic areas in view of ACMECS.",
            "A 10-day training program was planned to be organised from April–June 2024, for approximately 20 MI staff, including department directors, unit heads, program managers, senior staff, specialists, coordinators, officers, and assistants. Considering the training is happening within MI premise, all staff members are invited to join the training. The customised training program aims to enhance MI’s capacities on policy, planning and coordination and communication strategy, as well as contribute to increasing MI’s capacity to suppport the implementing agencies in project management, monitoring, evaluation, and reporting.",
            "Activity 3: One online knowledge-sharing session for MI staff.",
            "Objective: Learn from regional/international experts about their experiences and best practices supporting regional development frameworks and/ or secretariats.",
            "An online knowledge-sharing session have been planned during August–October 2024, where key MI staff are supposed to participate. In the webinar, regional/international experts/resource persons will be invited to share their experiences and best practices to support regional development frameworks and/or secretariats.");

    static final List<String> AIS_MOU = List.of(
            "On February 2, 2024, MI signed a Memorandum of Understanding (MoU) with Ministry of Foreign Affairs (MFA) of Thailand, designating MI to assume the role of back-office support of an interim ACMECS secretariat (AIS), a cooperation framework among Cambodia, Lao PDR, Myanmar, Thailand, and Viet Nam with the aim to utilise member countries’ diverse strengths and promote balanced development in the subregion. The secretariat will be under MFA, Thailand, where MI will provide its technical support for the next three years. In preparation for MI to assume the role, it is imperative for MI to enhance its knowledge and expertise in several areas, such as policy, planning, and coordination, communication strategy, and reporting skills.");

    static final List<String> EXPERT_MEETING = List.of(
            "One of the recommendatons, made by the Mekong Insttute Stakeholder Consultative Meeging in July 2007, was to implement a series of regional training courses for middle to senior level officials from government agences, recruitment agences and private organization involved in the sending and receiving of migrants in this sub-region.",
            "By the end of that year, the Mekong Institute (MI, and independent Inter-Goernmental Organization (IGO) working in the Greater Mekong Sub-region (GMS), and the Mekong Migration Network (MMN), a sub0regional network of migrant support NGOs and reserch institutes, had agreed to co-organize a training course and a series of activities on labour migration management. These activities included that development of a training curriculum, organizing an Expert Meeting to present the draft training curriculum, conducting the Training of Trainiers( TOT) course and, subsequently, conducting the three-week training course.",
            "The three-week course on labour migration management is expected to take place in November 2008. MI and MMN, together with consultants, developed a draft training curriculum. The Expert Meeting was organized to present the draft curriculum and gain feedback from migration experts and government officials to ensure the content and training method are appropriate and relevant.",
            "The Expert Meeting was designed to allow participants to share information regarding in-country training or workshops and collaboration mechanisms, to identify gaps n the draft currculum and dentify alternative training methods, to suggest alternative training methos (if necessary), to suggest possible resource persons for the course, and to identfy the appropriate government agencies to invite to the course.",
            "MI and MMN co-organized the Expert Meeting on Labour Migration Management in the Greater Mekong Sub-region from May 13 to 15, 2008. With the financal support of The Rockefeller Foundation, 20 experts from the field of migration and middle to senior level offcials from relevant Ministries from the sx GMS countries attended the Meeting.",
            "The Meeting began with a presentation about MI and its work on migration, followed by a MI-MMN capacity building program background and objectives of the training course. The frst day’s sessions comprised an overview presentation of the training couse draft Modules and their topics, and discussions on the proposed methodology. Open discussion throughout the session allowed MI and MMN to learn rom the experts and the delegates, for te betterment of te curriculum.",
            "The Meeting’s second day consisted of a presentation of each Module n detail and workshop discussions on the content and methodologes for each module. Group presentations on these dscussions followed, and included identifying potential reseouce persons and target partcipants. The third day was for MI and MMN staff to devise the action plan, discuss roles and respons");

    static final List<String> SYNTHESIS_REPORT = List.of(
            "In continued support of safe and beneficial labor migration in the Greater Mekong Subregion, Mekong Institute (MI) rolled out a Synthesis and Evaluation Workshop on “Labor Migration Strategic Management to Labor Migration in the Greater Mekong Subregion: Addressing the Challenges Through Good Practices” from November 23 to 25, 2020 via digital platform.",
            "“This is an important avenue for us to update each other on the progress made to strengthen migration governance,” Mr. Suriyan Vichitlekarn, MI Executive Director, said in his opening statement before underscoring the need for renewed commitment among partners in enhancing labor mobility against a pandemic landscape, as it is contingent to the sustainable economic recovery of the region.",
            "Supported by the Thailand International Cooperation Agency, the workshop is the final activity under the capacity program, which bears the same name. Initiated in 2017, the program aims to strengthen labor mobility and management approaches. Specifically, it provides a platform of exchange among governments, recruitment agencies, and other related stakeholders to promote decent work through the implementation of existing good policies and development of sound guidelines that will maximize benefits and opportunities for migrant workers.",
            "The three-day online activity reconvened 26 representatives from the Ministry of Labor and recruitment agencies representing Cambodia, P.R. China, Lao PDR, Myanmar, Vietnam, and Thailand who completed the MI learning program in Mae Sot, Thailand last November 4 to 10, 2019. With MI technical support, the participants reported the progress of their action plan implementation, which ranged from organizing trainings and workshops in their home countries to highlight best practices and recommendations for stronger regional migration governance.",
            "The workshop sessions also covered discussions on the impacts of COVID-19 on labor migration, as well as pooled strategies for stronger regional cooperation in migration management. Findings from the activity—which will include impact assessments of MI’s capacity building activities during the program’s cycle from 2017 to 2020—will be collated into the final project report for MI submission to government partners in the GMS.");

    static final List<String> DFAT_AGREEMENT = List.of(
            "Australia's Department of Foreign Affairs and Trade (DFAT) supports the project Capacity Building of "
                    + "Mekong Institute for Enhanced Secretarial Support and Development in the Mekong Region, "
                    + "1 December 2023 to 30 November 2024, under agreement DFAT-ACMECS-2023-01.",
            "The grant covers two structured learning visits, a capacity-building training at MI in Khon Kaen and "
                    + "an online knowledge-sharing session. Amounts and terms in this demo are illustrative.");

    static final List<String> TRAINING_AGENDA = List.of(
            "Training on policy coordination for ACMECS national focal points, Mekong Institute, Khon Kaen, "
                    + "17–21 August 2026.",
            "Day 1: Opening; the ACMECS Master Plan and the role of the interim secretariat.",
            "Day 2: Policy coordination among member countries; planning the project pipeline.",
            "Day 3: Monitoring and reporting; the common reporting format.",
            "Day 4: Communication strategy; communicating results of regional cooperation.",
            "Day 5: Country action plans and closing.",
            "การอบรมเรื่องการประสานนโยบายสำหรับผู้ประสานงานระดับชาติ ACMECS",
            "ການຝຶກອົບຮົມກ່ຽວກັບການປະສານງານນະໂຍບາຍ",
            "Đào tạo về điều phối chính sách cho các đầu mối quốc gia ACMECS");

    static final List<List<String>> CONSULTATION_PARTICIPANTS = List.of(
            List.of("Country", "Organisation", "Role"),
            List.of("Cambodia", "Ministry of Foreign Affairs and International Cooperation", "National focal point"),
            List.of("Lao PDR", "Ministry of Foreign Affairs", "National focal point"),
            List.of("Myanmar", "Ministry of Foreign Affairs", "National focal point"),
            List.of("Thailand", "Ministry of Foreign Affairs", "Host"),
            List.of("Viet Nam", "Ministry of Foreign Affairs", "National focal point"),
            List.of("Thailand", "Mekong Institute", "Interim ACMECS secretariat support"));
}
