package org.mekonginstitute.portal.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.reporting.indicator.IndicatorDefinition;
import org.mekonginstitute.portal.reporting.indicator.ReportedValue;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The report pages for a reader whose browser asks for Thai: headings, charts' tables, indicators and the donor
 * report in Thai, years in the Buddhist Era, and no message missing from the Thai bundle.
 */
@PortalTest
class ReportsInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IndicatorService indicators;

    @Autowired
    Clock clock;

    /** A manager of their own (no language kept with the account), so that the browser's language decides. */
    private RequestPostProcessor thaiManager() {
        String email = TestData.unique().toLowerCase() + "@thai-reports.example.org";
        jdbc.update(
                "insert into user_account (email, display_name, role) values (?, 'Somchai Reader', 'MANAGER')", email);
        return users.as(email);
    }

    @Test
    void theDashboardReportsIndicatorsAndDonorReportReadInThaiWithBuddhistEraYears() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String buddhistYear = String.valueOf(today.getYear() + 543);
        Project project = data.project("TH-" + TestData.unique(), today.minusYears(1), today.plusYears(1));
        Activity training = data.activity(project, ActivityType.TRAINING, today, today);
        data.enrol(
                training,
                data.participant("Malai", Gender.FEMALE, "TH", OrganisationType.GOVERNMENT_AGENCY),
                EnrolmentRole.PARTICIPANT,
                AttendanceStatus.ATTENDED);
        var manual = indicators.create(
                project.getId(),
                new IndicatorDefinition(
                        "Provincial plans adopted", IndicatorSource.MANUAL, "plans", null, new BigDecimal("4")));
        indicators.addValue(project.getId(), manual.getId(), new ReportedValue(today, BigDecimal.ONE, null));
        indicators.create(
                project.getId(),
                new IndicatorDefinition(
                        "People trained", IndicatorSource.PARTICIPANTS_TRAINED, null, null, new BigDecimal("20")));
        RequestPostProcessor reader = thaiManager();

        Document dashboard = Jsoup.parse(inThai.page("/", reader));
        assertThat(dashboard.select("h1").text()).isEqualTo("ยินดีต้อนรับ Somchai Reader");
        assertThat(dashboard.select(".headlines .stat-label").eachText())
                .contains("ผู้เข้าร่วมที่เข้าถึงในปี " + buddhistYear);
        assertThat(dashboard
                        .select("figure[aria-labelledby=months-title] thead th")
                        .eachText())
                .containsExactly("เดือน", "ตามแผน", "เสร็จสิ้น");
        assertThat(dashboard
                        .select("figure[aria-labelledby=months-title] tbody th")
                        .last()
                        .text())
                .endsWith(buddhistYear);

        Document reports = Jsoup.parse(inThai.page("/reports?project=" + project.getCode(), reader));
        assertThat(reports.select("h1").text()).isEqualTo("รายงานการเข้าถึง");
        assertThat(reports.select("#by-year-country-gender-title").text())
                .isEqualTo("การเข้าถึงจำแนกตามปี ประเทศ และเพศ");
        assertThat(reports.select("table[data-table=by-year-country-gender] tbody th")
                        .eachText())
                .contains(buddhistYear, "ทุกปี");
        String csv = mvc.perform(get("/reports/by-organisation-type.csv?project=" + project.getCode())
                        .with(reader)
                        .header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("ประเภทองค์กร", "หญิง", "สัดส่วนผู้หญิง (%)");

        Document indicatorPage = Jsoup.parse(inThai.page("/projects/" + project.getId() + "/indicators", reader));
        assertThat(indicatorPage.select(".indicator dt").eachText()).contains("ค่าฐาน", "ค่าเป้าหมาย", "ผลจริง");
        assertThat(indicatorPage.text())
                .contains("25% ของค่าเป้าหมาย", "คำนวณอัตโนมัติ: ผู้เข้าร่วมที่ได้รับการฝึกอบรม", "1 คน")
                .contains("รายงานเมื่อ")
                .contains(buddhistYear);

        Document donor = Jsoup.parse(inThai.page("/projects/" + project.getId() + "/donor-report", reader));
        assertThat(donor.select("#r-reach").text()).isEqualTo("ผู้เข้าร่วมที่เข้าถึง");
        assertThat(donor.select(".report-header p.text-body-secondary").text())
                .startsWith("จัดทำเมื่อ")
                .contains(buddhistYear);
        assertThat(mvc.perform(get("/projects/" + project.getId() + "/donor-report.pdf")
                                .with(reader)
                                .header("Accept-Language", "th"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isNotEmpty();
    }
}
