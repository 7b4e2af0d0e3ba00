package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * About sixty participants from the six countries — labour ministries, recruitment agencies, civil society and
 * media, as in the seeds, with names in the region's scripts — enrolled in the demo activities with attendance,
 * and the country action plans followed up at the 2020 synthesis workshop.
 */
@Component
@Order(50)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class ParticipantDemoData implements ApplicationRunner {

    /** given, family, gender, country, organisation, organisation type, position. */
    private static final List<String[]> PEOPLE = List.of(
            new String[] {
                "Sokha",
                "Chan",
                "F",
                "KH",
                "Ministry of Labour and Vocational Training",
                "GOVERNMENT_AGENCY",
                "Deputy Director, Department of Employment"
            },
            new String[] {
                "សុខ", "ចាន់ធី", "F", "KH", "Ministry of Labour and Vocational Training", "GOVERNMENT_AGENCY", "Officer"
            },
            new String[] {
                "Dara", "Pich", "M", "KH", "Manpower Association of Cambodia", "RECRUITMENT_AGENCY", "Vice President"
            },
            new String[] {
                "វណ្ណា", "សេង", "M", "KH", "Legal Support for Children and Women", "NGO", "Programme Coordinator"
            },
            new String[] {"Sreymom", "Keo", "F", "KH", "Cambodia Daily Radio", "MEDIA", "Journalist"},
            new String[] {
                "Rithy",
                "Sam",
                "M",
                "KH",
                "Ministry of Labour and Vocational Training",
                "GOVERNMENT_AGENCY",
                "Chief of Office"
            },
            new String[] {"Bopha", "Lim", "F", "KH", "CARAM Cambodia", "NGO", "Executive Director"},
            new String[] {"Vuthy", "Heng", "M", "KH", "Top Manpower Co., Ltd.", "RECRUITMENT_AGENCY", "Manager"},
            new String[] {
                "王",
                "芳",
                "F",
                "CN",
                "Ministry of Human Resources and Social Security",
                "GOVERNMENT_AGENCY",
                "Division Director"
            },
            new String[] {
                "Li",
                "Wei",
                "M",
                "CN",
                "Yunnan Provincial Department of Human Resources and Social Security",
                "GOVERNMENT_AGENCY",
                "Deputy Director"
            },
            new String[] {"张", "丽", "F", "CN", "Yunnan University", "ACADEMIC", "Associate Professor"},
            new String[] {
                "Chen",
                "Jun",
                "M",
                "CN",
                "Guangxi Overseas Employment Service Co.",
                "RECRUITMENT_AGENCY",
                "General Manager"
            },
            new String[] {"刘", "洋", "M", "CN", "Yunnan Daily", "MEDIA", "Reporter"},
            new String[] {
                "Zhao",
                "Min",
                "F",
                "CN",
                "Ministry of Human Resources and Social Security",
                "GOVERNMENT_AGENCY",
                "Programme Officer"
            },
            new String[] {
                "Huang", "Lei", "M", "CN", "China International Contractors Association", "PRIVATE_SECTOR", "Officer"
            },
            new String[] {
                "ສົມພອນ",
                "ພົມມະຈັນ",
                "M",
                "LA",
                "Ministry of Labour and Social Welfare",
                "GOVERNMENT_AGENCY",
                "Director of Division"
            },
            new String[] {
                "Khamla",
                "Sisouphanh",
                "F",
                "LA",
                "Ministry of Labour and Social Welfare",
                "GOVERNMENT_AGENCY",
                "Technical Officer"
            },
            new String[] {"ບົວສີ", "ແກ້ວມະນີ", "F", "LA", "Lao Women's Union", "NGO", "Deputy Head"},
            new String[] {
                "Souksavanh", "Phommachanh", "M", "LA", "Lao Skills Development Co.", "RECRUITMENT_AGENCY", "Director"
            },
            new String[] {"Vilayphone", "Keomany", "F", "LA", "Vientiane Times", "MEDIA", "Editor"},
            new String[] {
                "Phonesavanh",
                "Inthavong",
                "M",
                "LA",
                "Ministry of Labour and Social Welfare",
                "GOVERNMENT_AGENCY",
                "Officer"
            },
            new String[] {"Manivone", "Sayavong", "F", "LA", "Village Focus International", "NGO", "Programme Officer"},
            new String[] {"Khampheng", "Vongsa", "M", "LA", "National University of Laos", "ACADEMIC", "Lecturer"},
            new String[] {"မောင်မောင်", "ဦး", "M", "MM", "Ministry of Labour", "GOVERNMENT_AGENCY", "Deputy Director"},
            new String[] {"Thida", "Aung", "F", "MM", "Ministry of Labour", "GOVERNMENT_AGENCY", "Assistant Director"},
            new String[] {
                "Kyaw",
                "Zaw",
                "M",
                "MM",
                "Myanmar Overseas Employment Agencies Federation",
                "RECRUITMENT_AGENCY",
                "Secretary"
            },
            new String[] {
                "ခင်ခင်", "ဌေး", "F", "MM", "Foundation for Education and Development", "NGO", "Field Coordinator"
            },
            new String[] {"Nandar", "Win", "F", "MM", "The Myanmar Times", "MEDIA", "Reporter"},
            new String[] {"Htet", "Naing", "M", "MM", "Ministry of Labour", "GOVERNMENT_AGENCY", "Staff Officer"},
            new String[] {"Su", "Mon", "F", "MM", "Yangon University", "ACADEMIC", "Lecturer"},
            new String[] {"Aung", "Myat", "M", "MM", "Myanmar Migrants Rights Centre", "NGO", "Coordinator"},
            new String[] {
                "สมชาย",
                "ใจดี",
                "M",
                "TH",
                "Ministry of Labour of Thailand",
                "GOVERNMENT_AGENCY",
                "Director, Overseas Employment Administration"
            },
            new String[] {
                "Siriporn",
                "Chaiyasit",
                "F",
                "TH",
                "Ministry of Labour of Thailand",
                "GOVERNMENT_AGENCY",
                "Labour Specialist"
            },
            new String[] {
                "วิไลวรรณ",
                "ศรีสุข",
                "F",
                "TH",
                "Department of Employment, Tak Province",
                "GOVERNMENT_AGENCY",
                "Employment Officer"
            },
            new String[] {
                "Anucha",
                "Rattanakorn",
                "M",
                "TH",
                "Thai Overseas Recruitment Association",
                "RECRUITMENT_AGENCY",
                "President"
            },
            new String[] {"Kanokwan", "Thongdee", "F", "TH", "MAP Foundation", "NGO", "Programme Manager"},
            new String[] {"Prasert", "Boonmee", "M", "TH", "Thai PBS", "MEDIA", "Producer"},
            new String[] {"นภา", "วงศ์ไทย", "F", "TH", "Khon Kaen University", "ACADEMIC", "Assistant Professor"},
            new String[] {
                "Chatchai",
                "Saengthong",
                "M",
                "TH",
                "Ministry of Foreign Affairs of Thailand",
                "GOVERNMENT_AGENCY",
                "First Secretary"
            },
            new String[] {"Ploy", "Suwannarat", "F", "TH", "Raks Thai Foundation", "NGO", "Project Officer"},
            new String[] {
                "Nguyễn Thị",
                "Hằng",
                "F",
                "VN",
                "Ministry of Labour, Invalids and Social Affairs",
                "GOVERNMENT_AGENCY",
                "Deputy Director, Department of Overseas Labour"
            },
            new String[] {
                "Trần Văn",
                "Nam",
                "M",
                "VN",
                "Ministry of Labour, Invalids and Social Affairs",
                "GOVERNMENT_AGENCY",
                "Officer"
            },
            new String[] {
                "Lê Thị", "Thu", "F", "VN", "Vietnam Association of Manpower Supply", "RECRUITMENT_AGENCY", "Vice Chair"
            },
            new String[] {"Phạm Quốc", "Bảo", "M", "VN", "Tuổi Trẻ", "MEDIA", "Journalist"},
            new String[] {
                "Đỗ Thị", "Mai", "F", "VN", "Institute of Labour Science and Social Affairs", "ACADEMIC", "Researcher"
            },
            new String[] {"Vũ Đức", "Anh", "M", "VN", "Center for Development and Integration", "NGO", "Director"},
            new String[] {
                "Hoàng Minh",
                "Tuấn",
                "M",
                "VN",
                "Ministry of Labour, Invalids and Social Affairs",
                "GOVERNMENT_AGENCY",
                "Head of Unit"
            },
            new String[] {"Bùi Thị", "Lan", "F", "VN", "Vinamotor Manpower JSC", "RECRUITMENT_AGENCY", "HR Manager"},
            new String[] {
                "Ngô Thanh",
                "Hương",
                "F",
                "VN",
                "Department of Labour, Hà Tĩnh Province",
                "GOVERNMENT_AGENCY",
                "Officer"
            },
            new String[] {
                "Nattaya",
                "Kittisak",
                "F",
                "TH",
                "Mekong Institute",
                "INTERGOVERNMENTAL_ORGANISATION",
                "Program Manager"
            },
            new String[] {
                "Somphone",
                "Douangdy",
                "M",
                "LA",
                "Mekong Institute",
                "INTERGOVERNMENTAL_ORGANISATION",
                "Senior Program Officer"
            },
            new String[] {
                "Pimchanok",
                "Wattana",
                "F",
                "TH",
                "Mekong Institute",
                "INTERGOVERNMENTAL_ORGANISATION",
                "Communication Officer"
            },
            new String[] {
                "Tran",
                "Quang Huy",
                "M",
                "VN",
                "Mekong Institute",
                "INTERGOVERNMENTAL_ORGANISATION",
                "Monitoring and Evaluation Specialist"
            },
            new String[] {
                "Sopheap", "Ouk", "F", "KH", "Mekong Institute", "INTERGOVERNMENTAL_ORGANISATION", "Program Coordinator"
            },
            new String[] {
                "Zaw", "Lin Htut", "M", "MM", "Mekong Institute", "INTERGOVERNMENTAL_ORGANISATION", "Finance Officer"
            },
            new String[] {
                "Yuan", "Xiaoling", "F", "CN", "Mekong Institute", "INTERGOVERNMENTAL_ORGANISATION", "Program Officer"
            },
            new String[] {
                "Kanya", "Phromma", "F", "TH", "Mekong Institute", "INTERGOVERNMENTAL_ORGANISATION", "Unit Head"
            },
            new String[] {
                "Boonsong",
                "Kaewkla",
                "M",
                "TH",
                "Mekong Institute",
                "INTERGOVERNMENTAL_ORGANISATION",
                "Department Director"
            },
            new String[] {
                "Mai",
                "Phuong Linh",
                "F",
                "VN",
                "Mekong Institute",
                "INTERGOVERNMENTAL_ORGANISATION",
                "Research Assistant"
            },
            new String[] {
                "Chanthaly",
                "Sivongxay",
                "F",
                "LA",
                "Mekong Institute",
                "INTERGOVERNMENTAL_ORGANISATION",
                "Program Assistant"
            });

    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final ActionPlanService actionPlans;
    private final ActivityService activities;
    private final OrganisationService organisations;
    private final JdbcTemplate jdbc;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from participant", Integer.class);
        Integer activityCount = jdbc.queryForObject("select count(*) from activity", Integer.class);
        if (existing == null || existing > 0 || activityCount == null || activityCount == 0) {
            return;
        }
        Map<String, Long> ministries = new java.util.HashMap<>();
        for (OrganisationOption o : organisations.options()) {
            ministries.put(o.name(), o.id());
        }
        List<Long> external = new ArrayList<>();
        List<Long> staff = new ArrayList<>();
        // Government officials of the five ACMECS countries (China is not a member), for this year's activities.
        List<Long> acmecsOfficials = new ArrayList<>();
        int n = 0;
        for (String[] p : PEOPLE) {
            ParticipantForm form = new ParticipantForm();
            form.setTitle(p[2].equals("F") ? "Ms" : "Mr");
            form.setGivenName(p[0]);
            form.setFamilyName(p[1]);
            form.setGender(p[2].equals("F") ? Gender.FEMALE : Gender.MALE);
            form.setCountry(p[3]);
            form.setOrganisationName(p[4]);
            form.setOrganisationType(OrganisationType.valueOf(p[5]));
            form.setOrganisationId(ministries.get(p[4]));
            form.setPosition(p[6]);
            form.setSeniority(
                    p[6].contains("Director") || p[6].contains("President") ? Seniority.SENIOR : Seniority.MIDDLE);
            form.setEmail(n % 3 == 2 ? null : "participant" + (++n) + "@demo-participants.example.org");
            if (form.getEmail() == null) {
                n++;
            }
            form.setConsentToContact(n % 4 != 0);
            form.setCreateAnyway(true);
            long id = participants.create(form).getId();
            (p[5].equals("INTERGOVERNMENTAL_ORGANISATION") ? staff : external).add(id);
            if (!p[3].equals("CN") && p[5].equals("GOVERNMENT_AGENCY")) {
                acmecsOfficials.add(id);
            }
        }

        Random random = new Random(2008);
        // MI staff in the ACMECS capacity building; the labour migration people in the migration activities.
        for (long activity : activityIds("MI-ACMECS-2023")) {
            attend(activity, staff, random, true);
        }
        attend(activityId("Expert Meeting on Labour Migration Management"), external.subList(0, 20), random, false);
        attend(
                activityId("Capacity Development Program on Strategic Management"),
                external.subList(4, 28),
                random,
                true);
        attend(activityId("Learning program on labour migration in Mae Sot"), external.subList(10, 36), random, true);
        attend(activityId("Synthesis and Evaluation Workshop"), external.subList(12, 38), random, false);
        attend(activityId("Regional consultation on the ACMECS project pipeline"), acmecsOfficials, random, false);
        attend(
                activityId("Training on policy coordination for ACMECS national focal points"),
                acmecsOfficials,
                random,
                true);
        enrol(
                activityId("Workshop on monitoring and reporting of the ACMECS Master Plan"),
                staff.subList(0, 6),
                AttendanceStatus.CONFIRMED);
        enrol(activityId("Webinar: communicating the results"), staff, AttendanceStatus.INVITED);

        long cdp = activityId("Capacity Development Program on Strategic Management");
        plan(
                cdp,
                "Pre-departure orientation for migrant workers in Cambodia",
                "KH",
                external.subList(4, 7),
                ActionPlanStatus.COMPLETED,
                "2019-12-31",
                "2019-06-15",
                "Curriculum adapted with the Ministry; two pilot sessions in Kampong Cham.",
                "2020-11-23",
                "Reported at the synthesis workshop: 14 orientation sessions held for 620 workers.");
        plan(
                cdp,
                "Return and reintegration services in Lao PDR",
                "LA",
                external.subList(13, 16),
                ActionPlanStatus.IN_PROGRESS,
                "2020-12-31",
                "2020-02-10",
                "Referral guideline drafted with the Lao Women's Union.",
                "2020-11-23",
                "Guideline under review; COVID-19 delayed the provincial consultations.");
        plan(
                cdp,
                "Fair recruitment code of conduct for Myanmar agencies",
                "MM",
                external.subList(20, 23),
                ActionPlanStatus.IN_PROGRESS,
                "2020-09-30",
                "2019-08-01",
                "Federation members agreed on the principles.",
                null,
                null);
        plan(
                cdp,
                "Training of provincial labour officers in Thailand",
                "TH",
                external.subList(23, 26),
                ActionPlanStatus.COMPLETED,
                "2019-10-31",
                "2019-10-20",
                "Three trainings held in Tak, Kanchanaburi and Ranong.",
                null,
                null);
        plan(
                cdp,
                "Social security for seasonal migrant workers in Viet Nam",
                "VN",
                external.subList(4, 5),
                ActionPlanStatus.DROPPED,
                "2020-06-30",
                "2020-05-02",
                "Dropped: the ministry moved the topic to a national programme.",
                null,
                null);
    }

    private void attend(long activityId, List<Long> people, Random random, boolean tests) {
        var activity = activities.get(activityId);
        int days = Math.max(1, EnrolmentService.daysOf(activity).size());
        enrol(activityId, people, AttendanceStatus.CONFIRMED);
        AttendanceForm sheet = enrolments.attendanceSheet(activityId);
        for (AttendanceForm.Row row : sheet.getRows()) {
            int roll = random.nextInt(20);
            row.setStatus(
                    roll == 0
                            ? AttendanceStatus.NO_SHOW
                            : roll == 1 ? AttendanceStatus.WITHDRAWN : AttendanceStatus.ATTENDED);
            if (row.getStatus() == AttendanceStatus.ATTENDED) {
                row.setDaysAttended(Math.max(1, days - random.nextInt(2)));
                if (tests) {
                    int pre = 35 + random.nextInt(35);
                    row.setPreTestScore(BigDecimal.valueOf(pre));
                    row.setPostTestScore(BigDecimal.valueOf(Math.min(100, pre + 10 + random.nextInt(30))));
                }
                row.setSatisfaction(3 + random.nextInt(3));
                row.setCertificateIssued(true);
            }
        }
        enrolments.saveAttendance(activityId, sheet);
    }

    private void enrol(long activityId, List<Long> people, AttendanceStatus status) {
        for (long person : people) {
            enrolments.enrol(activityId, person, EnrolmentRole.PARTICIPANT, status);
        }
    }

    private void plan(
            long activityId,
            String title,
            String country,
            List<Long> members,
            ActionPlanStatus status,
            String target,
            String firstDate,
            String firstNote,
            String secondDate,
            String secondNote) {
        ActionPlanForm form = new ActionPlanForm();
        form.setTitle(title);
        form.setCountry(country);
        form.setDescription("Country team action plan agreed at the end of the Capacity Development Program.");
        form.setTargetDate(LocalDate.parse(target));
        form.setStatus(ActionPlanStatus.NOT_STARTED);
        form.setParticipantIds(members);
        long id = actionPlans.create(activityId, form).getId();
        String by = "staff@demo.mekonginstitute.org";
        actionPlans.addUpdate(
                id,
                LocalDate.parse(firstDate),
                firstNote,
                secondDate == null ? status : ActionPlanStatus.IN_PROGRESS,
                by);
        if (secondDate != null) {
            actionPlans.addUpdate(id, LocalDate.parse(secondDate), secondNote, status, by);
        }
    }

    private List<Long> activityIds(String projectCode) {
        return jdbc.queryForList(
                "select a.id from activity a join project p on p.id = a.project_id"
                        + " where p.code = ? and a.status = 'COMPLETED' order by a.start_date",
                Long.class,
                projectCode);
    }

    private long activityId(String titleStart) {
        return jdbc.queryForObject(
                "select id from activity where title like ? order by id limit 1", Long.class, titleStart + "%");
    }
}
