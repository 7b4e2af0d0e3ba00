package org.mekonginstitute.portal.participant.demo;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.ParticipantDetails;
import org.mekonginstitute.portal.participant.Seniority;

import java.util.List;

/**
 * One of about sixty demo participants from the six countries: labour ministries, recruitment agencies, civil
 * society and media, as in the seeds, with names in the region's scripts; and the institute's own staff.
 */
record DemoPerson(
        String givenName,
        String familyName,
        Gender gender,
        String country,
        String organisation,
        OrganisationType organisationType,
        String position) {

    /** given | family | gender (F or M) | country | organisation | organisation type | position. */
    private static final String PEOPLE = """
            Sokha|Chan|F|KH|Ministry of Labour and Vocational Training|GOVERNMENT_AGENCY|Deputy Director, Department of Employment
            សុខ|ចាន់ធី|F|KH|Ministry of Labour and Vocational Training|GOVERNMENT_AGENCY|Officer
            Dara|Pich|M|KH|Manpower Association of Cambodia|RECRUITMENT_AGENCY|Vice President
            វណ្ណា|សេង|M|KH|Legal Support for Children and Women|NGO|Programme Coordinator
            Sreymom|Keo|F|KH|Cambodia Daily Radio|MEDIA|Journalist
            Rithy|Sam|M|KH|Ministry of Labour and Vocational Training|GOVERNMENT_AGENCY|Chief of Office
            Bopha|Lim|F|KH|CARAM Cambodia|NGO|Executive Director
            Vuthy|Heng|M|KH|Top Manpower Co., Ltd.|RECRUITMENT_AGENCY|Manager
            王|芳|F|CN|Ministry of Human Resources and Social Security|GOVERNMENT_AGENCY|Division Director
            Li|Wei|M|CN|Yunnan Provincial Department of Human Resources and Social Security|GOVERNMENT_AGENCY|Deputy Director
            张|丽|F|CN|Yunnan University|ACADEMIC|Associate Professor
            Chen|Jun|M|CN|Guangxi Overseas Employment Service Co.|RECRUITMENT_AGENCY|General Manager
            刘|洋|M|CN|Yunnan Daily|MEDIA|Reporter
            Zhao|Min|F|CN|Ministry of Human Resources and Social Security|GOVERNMENT_AGENCY|Programme Officer
            Huang|Lei|M|CN|China International Contractors Association|PRIVATE_SECTOR|Officer
            ສົມພອນ|ພົມມະຈັນ|M|LA|Ministry of Labour and Social Welfare|GOVERNMENT_AGENCY|Director of Division
            Khamla|Sisouphanh|F|LA|Ministry of Labour and Social Welfare|GOVERNMENT_AGENCY|Technical Officer
            ບົວສີ|ແກ້ວມະນີ|F|LA|Lao Women's Union|NGO|Deputy Head
            Souksavanh|Phommachanh|M|LA|Lao Skills Development Co.|RECRUITMENT_AGENCY|Director
            Vilayphone|Keomany|F|LA|Vientiane Times|MEDIA|Editor
            Phonesavanh|Inthavong|M|LA|Ministry of Labour and Social Welfare|GOVERNMENT_AGENCY|Officer
            Manivone|Sayavong|F|LA|Village Focus International|NGO|Programme Officer
            Khampheng|Vongsa|M|LA|National University of Laos|ACADEMIC|Lecturer
            မောင်မောင်|ဦး|M|MM|Ministry of Labour|GOVERNMENT_AGENCY|Deputy Director
            Thida|Aung|F|MM|Ministry of Labour|GOVERNMENT_AGENCY|Assistant Director
            Kyaw|Zaw|M|MM|Myanmar Overseas Employment Agencies Federation|RECRUITMENT_AGENCY|Secretary
            ခင်ခင်|ဌေး|F|MM|Foundation for Education and Development|NGO|Field Coordinator
            Nandar|Win|F|MM|The Myanmar Times|MEDIA|Reporter
            Htet|Naing|M|MM|Ministry of Labour|GOVERNMENT_AGENCY|Staff Officer
            Su|Mon|F|MM|Yangon University|ACADEMIC|Lecturer
            Aung|Myat|M|MM|Myanmar Migrants Rights Centre|NGO|Coordinator
            สมชาย|ใจดี|M|TH|Ministry of Labour of Thailand|GOVERNMENT_AGENCY|Director, Overseas Employment Administration
            Siriporn|Chaiyasit|F|TH|Ministry of Labour of Thailand|GOVERNMENT_AGENCY|Labour Specialist
            วิไลวรรณ|ศรีสุข|F|TH|Department of Employment, Tak Province|GOVERNMENT_AGENCY|Employment Officer
            Anucha|Rattanakorn|M|TH|Thai Overseas Recruitment Association|RECRUITMENT_AGENCY|President
            Kanokwan|Thongdee|F|TH|MAP Foundation|NGO|Programme Manager
            Prasert|Boonmee|M|TH|Thai PBS|MEDIA|Producer
            นภา|วงศ์ไทย|F|TH|Khon Kaen University|ACADEMIC|Assistant Professor
            Chatchai|Saengthong|M|TH|Ministry of Foreign Affairs of Thailand|GOVERNMENT_AGENCY|First Secretary
            Ploy|Suwannarat|F|TH|Raks Thai Foundation|NGO|Project Officer
            Nguyễn Thị|Hằng|F|VN|Ministry of Labour, Invalids and Social Affairs|GOVERNMENT_AGENCY|Deputy Director, Department of Overseas Labour
            Trần Văn|Nam|M|VN|Ministry of Labour, Invalids and Social Affairs|GOVERNMENT_AGENCY|Officer
            Lê Thị|Thu|F|VN|Vietnam Association of Manpower Supply|RECRUITMENT_AGENCY|Vice Chair
            Phạm Quốc|Bảo|M|VN|Tuổi Trẻ|MEDIA|Journalist
            Đỗ Thị|Mai|F|VN|Institute of Labour Science and Social Affairs|ACADEMIC|Researcher
            Vũ Đức|Anh|M|VN|Center for Development and Integration|NGO|Director
            Hoàng Minh|Tuấn|M|VN|Ministry of Labour, Invalids and Social Affairs|GOVERNMENT_AGENCY|Head of Unit
            Bùi Thị|Lan|F|VN|Vinamotor Manpower JSC|RECRUITMENT_AGENCY|HR Manager
            Ngô Thanh|Hương|F|VN|Department of Labour, Hà Tĩnh Province|GOVERNMENT_AGENCY|Officer
            Nattaya|Kittisak|F|TH|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Program Manager
            Somphone|Douangdy|M|LA|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Senior Program Officer
            Pimchanok|Wattana|F|TH|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Communication Officer
            Tran|Quang Huy|M|VN|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Monitoring and Evaluation Specialist
            Sopheap|Ouk|F|KH|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Program Coordinator
            Zaw|Lin Htut|M|MM|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Finance Officer
            Yuan|Xiaoling|F|CN|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Program Officer
            Kanya|Phromma|F|TH|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Unit Head
            Boonsong|Kaewkla|M|TH|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Department Director
            Mai|Phuong Linh|F|VN|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Research Assistant
            Chanthaly|Sivongxay|F|LA|Mekong Institute|INTERGOVERNMENTAL_ORGANISATION|Program Assistant
            """;

    static List<DemoPerson> all() {
        return PEOPLE.lines().map(DemoPerson::parse).toList();
    }

    private static DemoPerson parse(String line) {
        String[] p = line.split("\\|");
        return new DemoPerson(
                p[0],
                p[1],
                p[2].equals("F") ? Gender.FEMALE : Gender.MALE,
                p[3],
                p[4],
                OrganisationType.valueOf(p[5]),
                p[6]);
    }

    /** Mekong Institute's own staff, who take part in its capacity building. */
    boolean staff() {
        return organisationType == OrganisationType.INTERGOVERNMENTAL_ORGANISATION;
    }

    /** A government official of the five ACMECS countries (China is not a member). */
    boolean acmecsOfficial() {
        return !country.equals("CN") && organisationType == OrganisationType.GOVERNMENT_AGENCY;
    }

    /**
     * The person's details as the {@code number}th of the list: every third has no email, every fourth did not
     * consent to be contacted.
     */
    ParticipantDetails details(int number, Long organisationId) {
        return new ParticipantDetails(
                gender == Gender.FEMALE ? "Ms" : "Mr",
                givenName,
                familyName,
                gender,
                country,
                organisation,
                organisationType,
                organisationId,
                position,
                position.contains("Director") || position.contains("President") ? Seniority.SENIOR : Seniority.MIDDLE,
                number % 3 == 0 ? null : "participant" + number + "@demo-participants.example.org",
                null,
                number % 4 != 0);
    }
}
