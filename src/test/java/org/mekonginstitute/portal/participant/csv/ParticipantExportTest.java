package org.mekonginstitute.portal.participant.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Attendance;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.participant.web.ParticipantForm;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@PortalTest
class ParticipantExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ParticipantService participants;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    ParticipantImportService imports;

    @Test
    void theFilteredListIsExportedWithABomAndReadsBackWithCommonsCsv() throws Exception {
        String tag = TestData.unique();
        person("สมศรี", "มีสุข" + tag, "TH", "=HYPERLINK(\"http://evil.example\")", "+66 2 123 4567");
        person("Nguyễn Thị", "Hằng" + tag, "VN", "Bộ Lao động, Thương binh và Xã hội", null);
        person("ສົມພອນ", "ສີຫາລາດ" + tag, "LA", "@Lao Women's Union", "-");
        Participant anonymised = person("Gone", "Person" + tag, "TH", null, null);
        participants.anonymise(anonymised.getId());

        MockHttpServletResponse response = mvc.perform(
                        get("/participants/export.csv").param("q", tag).with(users.staff()))
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"participants-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records = read(bytes);
        assertThat(records.get(0).toList()).isEqualTo(ParticipantColumn.headers());
        assertThat(records.subList(1, records.size()))
                .extracting(r -> r.get(1) + " " + r.get(2), r -> r.get(4), r -> r.get(5), r -> r.get(10))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "สมศรี มีสุข" + tag, "TH", "'=HYPERLINK(\"http://evil.example\")", "'+66 2 123 4567"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Nguyễn Thị Hằng" + tag, "VN", "Bộ Lao động, Thương binh và Xã hội", ""),
                        org.assertj.core.groups.Tuple.tuple("ສົມພອນ ສີຫາລາດ" + tag, "LA", "'@Lao Women's Union", "'-"));
        assertThat(records.get(1).get(6)).isEqualTo("NGO");
        assertThat(records.get(1).get(11)).isEqualTo("yes");

        List<CSVRecord> thai = read(mvc.perform(get("/participants/export.csv")
                        .param("q", tag)
                        .param("country", "TH")
                        .with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(thai).hasSize(2);
        assertThat(thai.get(1).get(1)).isEqualTo("สมศรี");
        List<CSVRecord> allThai = read(mvc.perform(
                        get("/participants/export.csv").param("country", "TH").with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(allThai).extracting(r -> r.get(1)).contains("สมศรี").doesNotContain("Anonymised");
    }

    @Test
    void anExportImportedAgainFindsEveryoneRegisteredAlready() throws Exception {
        String tag = TestData.unique();
        for (String given : List.of("Khamla", "Manivone", "Vilayphone")) {
            person(given, "Export" + tag, "LA", "Village Focus International", "+856 21 123 456");
        }
        byte[] export = mvc.perform(
                        get("/participants/export.csv").param("q", tag).with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        UUID id = Imports.previewed(
                imports, "export.csv", export, ParticipantImportService.Target.registryOnly(), TestUsers.STAFF);
        ParticipantImport preview = imports.get(id, TestUsers.STAFF);
        assertThat(preview.rows()).hasSize(3).allSatisfy(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.value(ParticipantColumn.PHONE)).isEqualTo("+856 21 123 456");
            assertThat(row.matches().get(0).sameEmail()).isTrue();
            assertThat(preview.choiceFor(row).kind()).isEqualTo(ParticipantImport.Choice.Kind.USE);
        });
        assertThat(Imports.confirmed(imports, id, TestUsers.STAFF, false, Map.of())
                        .created())
                .isZero();
    }

    @Test
    void anActivitysEnrolmentsAreExportedWithTheirAttendance() throws Exception {
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 3));
        Participant came = data.participant("Chatchai", "Saengthong" + TestData.unique(), Gender.MALE, "TH");
        Participant absent = data.participant("Pimchanok", "Wattana" + TestData.unique(), Gender.FEMALE, "TH");
        enrolments.enrol(activity.getId(), came.getId(), EnrolmentRole.FACILITATOR, AttendanceStatus.CONFIRMED);
        enrolments.enrol(activity.getId(), absent.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.CONFIRMED);
        List<Attendance> sheet = enrolments.of(activity.getId()).stream()
                .map(e -> {
                    boolean isCame = e.getParticipant().getId().equals(came.getId());
                    return new Attendance(
                            e.getId(),
                            e.getVersion(),
                            isCame ? AttendanceStatus.ATTENDED : AttendanceStatus.NO_SHOW,
                            isCame ? 3 : null,
                            isCame ? new BigDecimal("45.50") : null,
                            isCame ? new BigDecimal("80") : null,
                            isCame ? 5 : null,
                            isCame);
                })
                .toList();
        enrolments.saveAttendance(activity.getId(), sheet);

        MockHttpServletRequestBuilder export =
                get("/activities/" + activity.getId() + "/enrolments.csv").with(users.staff());
        byte[] bytes = mvc.perform(export).andReturn().getResponse().getContentAsByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records = read(bytes);
        assertThat(records.get(0).toList().subList(12, 19)).isEqualTo(ParticipantExport.ENROLMENT_HEADERS);
        assertThat(records.subList(1, 3))
                .extracting(
                        r -> r.get(1),
                        r -> r.get(12),
                        r -> r.get(13),
                        r -> r.get(14),
                        r -> r.get(15),
                        r -> r.get(16),
                        r -> r.get(17),
                        r -> r.get(18))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Chatchai", "FACILITATOR", "ATTENDED", "3", "45.5", "80", "5", "yes"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Pimchanok", "PARTICIPANT", "NO_SHOW", "", "", "", "", "no"));
        assertThat(mvc.perform(get("/activities/999999999/enrolments.csv").with(users.staff()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private Participant person(String given, String family, String country, String organisation, String phone) {
        ParticipantForm form = data.participantForm(given, family, Gender.FEMALE, country);
        form.setOrganisationName(organisation);
        form.setOrganisationType(OrganisationType.NGO);
        form.setPhone(phone);
        form.setConsentToContact(true);
        return participants.create(form.toDetails(), form.isCreateAnyway());
    }

    private static List<CSVRecord> read(byte[] bytes) throws Exception {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
