package org.mekonginstitute.portal.reporting.donor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ReviewAction;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.participant.ActionPlanForm;
import org.mekonginstitute.portal.participant.ActionPlanService;
import org.mekonginstitute.portal.participant.ActionPlanStatus;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.reporting.IndicatorService;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.reporting.indicator.IndicatorDefinition;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.ShapedGlyphs;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The donor report: the page and the PDF show the same figures, and names in the region's scripts render. */
@PortalTest
class DonorReportTest {

    private static final String THAI_GIVEN = "สมชาย";
    private static final String THAI_FAMILY = "ใจดี";
    private static final String VIETNAMESE = "Nguyễn Thị Hằng";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    IndicatorService indicators;

    @Autowired
    ActionPlanService actionPlans;

    @Test
    void theDonorReportPageShowsFundingActivitiesReachIndicatorsAndActionPlans() throws Exception {
        Project project = fixture();
        mvc.perform(get("/projects/" + project.getId() + "/donor-report").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Donor report")))
                .andExpect(content().string(containsString("THB 3,000,000.00")))
                .andExpect(content().string(containsString("USD 25,000.50")))
                .andExpect(
                        content().string(containsString("1 activity held; 1 more planned or under way; 0 cancelled.")))
                .andExpect(content().string(containsString("women (50.0%)")))
                .andExpect(content().string(containsString("Viet Nam")))
                .andExpect(content().string(containsString("Officials trained by the project")))
                .andExpect(content().string(containsString("20% of target")))
                .andExpect(content().string(containsString(VIETNAMESE)))
                .andExpect(content().string(containsString(THAI_GIVEN + " " + THAI_FAMILY)));
    }

    @Test
    void theDonorReportPdfHasTheFiguresAndThaiAndVietnameseNamesInEmbeddedFonts() throws Exception {
        Project project = fixture();
        byte[] pdf = mvc.perform(get("/projects/" + project.getId() + "/donor-report.pdf")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("donor-report-" + project.getCode())))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target/shots"));
        java.nio.file.Files.write(java.nio.file.Paths.get("target/shots/donor-report.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "Participants reached",
                            "2 people reached, 1 women (50.0%) and 1 men, in 3 participations.",
                            "THB 3,000,000.00",
                            "USD 25,000.50",
                            "Thailand",
                            "Viet Nam",
                            "Officials trained by the project",
                            "20% of target",
                            "2 people",
                            VIETNAMESE,
                            THAI_GIVEN,
                            THAI_FAMILY,
                            project.getCode());
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);
            assertThat(fonts).anyMatch(f -> f.getName().contains("NotoSansThai"));
        }
    }

    @Test
    void thaiAndKhmerNamesInTheDonorReportPdfHaveTheirMarksPlacedAsShapingPlacesThem() throws Exception {
        Project project = data.project();
        Activity training = data.activity(project, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10));
        Participant somsak = data.participant("สมศักดิ์", "ใจดี", Gender.MALE, "TH");
        Participant chanthea = data.participant("ច័ន្ទថា", "សុខ", Gender.FEMALE, "KH");
        data.enrol(training, somsak, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, null, null);
        data.enrol(training, chanthea, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, null, null);
        ActionPlanForm plan = new ActionPlanForm();
        plan.setTitle("Cross-border labour referral");
        plan.setParticipantIds(List.of(somsak.getId(), chanthea.getId()));
        actionPlans.create(training.getId(), plan);
        byte[] pdf = mvc.perform(get("/projects/" + project.getId() + "/donor-report.pdf")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        ShapedGlyphs glyphs = ShapedGlyphs.of(pdf);
        glyphs.assertShaped("สมศักดิ์", "NotoSansThai-Regular");
        glyphs.assertShaped("ច័ន្ទថា", "NotoSansKhmer-Regular");
    }

    @Test
    void aProjectWithNothingRecordedYetStillGetsAReport() throws Exception {
        Project project = data.project();
        mvc.perform(get("/projects/" + project.getId() + "/donor-report").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No attendance recorded yet.")))
                .andExpect(content().string(containsString("No indicators defined for this project.")));
        byte[] pdf = mvc.perform(get("/projects/" + project.getId() + "/donor-report.pdf")
                        .with(users.manager()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("0 people reached", "No funding lines recorded.");
        }
        mvc.perform(get("/projects/987654321/donor-report.pdf").with(users.staff()))
                .andExpect(status().isNotFound());
    }

    /**
     * Somchai (TH, man) attends two activities, Hằng (VN, woman) one: 2 people, 3 participations, 50% women. A
     * planned activity has a registered person who is not counted.
     */
    private Project fixture() {
        Project project = data.project();
        Organisation donor = data.donor();
        data.fund(project, donor, "3000000", "THB");
        data.fund(project, data.donor(), "25000.50", "USD");
        Activity training = data.activity(project, LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 10));
        Activity visit = data.activity(project, LocalDate.of(2024, 8, 5), LocalDate.of(2024, 8, 7));
        Participant somchai = data.participant(THAI_GIVEN, THAI_FAMILY, Gender.MALE, "TH");
        Participant hang = data.participant("Nguyễn Thị", "Hằng", Gender.FEMALE, "VN");
        Participant later = data.participant("Later", "Person" + TestData.unique(), Gender.FEMALE, "LA");
        data.enrol(training, somchai, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, "40", "80");
        data.enrol(training, hang, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, "50", "70");
        data.enrol(visit, somchai, EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED, null, null);
        data.enrol(visit, later, EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED, null, null);
        ActionPlanForm plan = new ActionPlanForm();
        plan.setTitle("Mekong labour mobility guideline");
        plan.setStatus(ActionPlanStatus.IN_PROGRESS);
        plan.setParticipantIds(List.of(somchai.getId(), hang.getId()));
        actionPlans.create(training.getId(), plan);
        data.step(training, ReviewAction.SUBMIT, ReviewAction.APPROVE, ReviewAction.COMPLETE);
        indicators.create(
                project.getId(),
                new IndicatorDefinition(
                        "Officials trained by the project",
                        IndicatorSource.PARTICIPANTS_TRAINED,
                        null,
                        new BigDecimal("0"),
                        new BigDecimal("10")));
        assertThat(indicators.progress(project.getId()).get(0).actual()).isEqualByComparingTo(BigDecimal.valueOf(2));
        return project;
    }
}
