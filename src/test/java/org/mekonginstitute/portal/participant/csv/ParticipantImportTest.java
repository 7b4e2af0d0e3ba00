package org.mekonginstitute.portal.participant.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.DuplicateMatch;
import org.mekonginstitute.portal.participant.Enrolment;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@PortalTest
class ParticipantImportTest {

    static final String HEADER =
            "title,given_name,family_name,gender,country,organisation,organisation_type,position,seniority,"
                    + "email,phone,consent_to_contact";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ParticipantImportService imports;

    @Autowired
    ParticipantService participants;

    @Autowired
    EnrolmentService enrolments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ImportProgress progress;

    @Autowired
    ImportWork work;

    @Test
    void aFileMixingScriptsErrorsAndDuplicatesIsPreviewedLineByLine() {
        String tag = TestData.unique();
        String mail = tag.toLowerCase();
        Participant registered = data.participant("Khamla", "Sisouphanh" + tag, Gender.FEMALE, "LA");
        Participant hang = data.participant("Nguyễn Thị", "Hằng" + tag, Gender.FEMALE, "VN");
        String csv = String.join(
                "\n",
                HEADER,
                "Ms,บุญมา,ชัยมงคล" + tag
                        + ",FEMALE,TH,Ministry of Labour of Thailand,GOVERNMENT_AGENCY,Officer,MIDDLE,th." + mail
                        + "@example.org,,yes",
                "Mr,ຄຳຫຼ້າ,ຈັນທະລາ" + tag + ",MALE,LA,,,,,la." + mail + "@example.org,,no",
                "Ms,ស្រីពៅ,គឹម" + tag + ",FEMALE,KH,CARAM Cambodia,NGO,,,kh." + mail + "@example.org,,",
                "Mr,ခင်မာ,နွယ်" + tag + ",MALE,MM,,,,,mm." + mail + "@example.org,,",
                "Ms,晓,欧阳" + tag + ",FEMALE,CN,Yunnan University,ACADEMIC,,,cn." + mail + "@example.org,,",
                "Mr,Hoài Phong,Khổng" + tag + ",male,vn,,,,,vn." + mail + "@example.org,'+84 24 3826 9534,",
                "Ms,Someone,Different" + tag + ",FEMALE,TH,,,,,"
                        + registered.getEmail().toUpperCase() + ",,",
                "Ms,Nguyen Thi,Hang" + tag + ",FEMALE,VN,,,,,,,",
                "Mr,Bad,Email" + tag + ",MALE,TH,,,,,not-an-email,,",
                "Ms,Bad,Country" + tag + ",FEMALE,Thailand,,,,,,,",
                "Ms,No,Gender" + tag + ",,TH,,,,,,,",
                "Ms,Twice,Mail" + tag + ",FEMALE,TH,,,,,TH." + mail + "@example.org,,",
                "Dr,\"Comma, Inside\",Quote" + tag + ",ROBOT,XX,\"Org \"\"quoted\"\"\",,,,,,maybe",
                "Ms,Too,Many" + tag + ",FEMALE,TH,,,,,,,,extra",
                ",,,,,,,,,,,");
        ParticipantImport preview = preview(csv, ParticipantImportService.Target.registryOnly());

        assertThat(preview.rows())
                .extracting(ParticipantImport.Row::line)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        assertThat(problems(preview))
                .containsExactly(
                        Map.entry(10, List.of("email: Enter an email address like name@example.org.")),
                        Map.entry(11, List.of("country: Write the country as its ISO code: TH for Thailand.")),
                        Map.entry(12, List.of("gender: Required, but empty.")),
                        Map.entry(13, List.of("email: The same email as line 2: one person per email.")),
                        Map.entry(
                                14,
                                List.of(
                                        "gender: “ROBOT” is not one of FEMALE, MALE, OTHER, UNDISCLOSED.",
                                        "country: “XX” is not an ISO 3166-1 country code (such as TH, VN, LA).",
                                        "consent_to_contact: “maybe”: write yes or no.")),
                        Map.entry(
                                15,
                                List.of(
                                        "Has 13 values, but the header has 12 columns: check for a missing or extra comma.")));
        assertThat(row(preview, 2).value(ParticipantColumn.FAMILY_NAME)).isEqualTo("ชัยมงคล" + tag);
        assertThat(row(preview, 14).value(ParticipantColumn.GIVEN_NAME)).isEqualTo("Comma, Inside");
        assertThat(row(preview, 14).value(ParticipantColumn.ORGANISATION)).isEqualTo("Org \"quoted\"");
        assertThat(row(preview, 7).value(ParticipantColumn.PHONE)).isEqualTo("+84 24 3826 9534");

        ParticipantImport.Row sameEmail = row(preview, 8);
        assertThat(sameEmail.matches())
                .extracting(DuplicateMatch::id, DuplicateMatch::sameEmail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(registered.getId(), true));
        assertThat(sameEmail.mayCreate()).isFalse();
        assertThat(preview.choiceFor(sameEmail)).isEqualTo(ParticipantImport.Choice.use(registered.getId()));
        ParticipantImport.Row sameName = row(preview, 9);
        assertThat(sameName.matches().get(0).id()).isEqualTo(hang.getId());
        assertThat(sameName.matches().get(0).sameName()).isTrue();
        assertThat(preview.choiceFor(sameName)).isEqualTo(ParticipantImport.Choice.use(hang.getId()));
        assertThat(preview.rows()).filteredOn(r -> r.line() <= 7).allSatisfy(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.matches()).isEmpty();
            assertThat(preview.choiceFor(r)).isEqualTo(ParticipantImport.Choice.NEW);
        });
    }

    @Test
    void anImportIsAllOrNothingUnlessOnlyTheValidLinesAreChosen() {
        String tag = TestData.unique();
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 7));
        Participant known = data.participant("Souksavanh", "Phommachanh" + tag, Gender.MALE, "LA");
        String csv = String.join(
                "\r\n",
                HEADER,
                "Ms,Sokha,Chan" + tag + ",FEMALE,KH,Ministry of Labour and Vocational Training,,Officer,,,,yes",
                "Mr,Souksavanh,Phommachanh" + tag + ",MALE,LA,,,,,,,",
                "Ms,Broken,Line" + tag + ",FEMALE,ZZ,,,,,,,",
                "Ms,王,芳" + tag + ",FEMALE,CN,,,,,,,");
        UUID id = Imports.previewed(
                imports,
                "team.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                new ParticipantImportService.Target(
                        activity.getId(), EnrolmentRole.RESOURCE_PERSON, AttendanceStatus.CONFIRMED),
                TestUsers.STAFF);

        assertThatThrownBy(() -> Imports.confirmed(imports, id, TestUsers.STAFF, false, Map.of()))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("1 line has problems (line 4).");
        assertThat(countTagged(tag)).isEqualTo(1);
        assertThat(enrolments.of(activity.getId())).isEmpty();

        ImportResult result = Imports.confirmed(imports, id, TestUsers.STAFF, true, Map.of());
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.existing()).isEqualTo(1);
        assertThat(result.enrolled()).isEqualTo(3);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(countTagged(tag)).isEqualTo(3);
        assertThat(enrolments.of(activity.getId()))
                .extracting(e -> e.getParticipant().fullName(), Enrolment::getRole, Enrolment::getStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "Ms Sokha Chan" + tag, EnrolmentRole.RESOURCE_PERSON, AttendanceStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple(
                                known.fullName(), EnrolmentRole.RESOURCE_PERSON, AttendanceStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple(
                                "Ms 王 芳" + tag, EnrolmentRole.RESOURCE_PERSON, AttendanceStatus.CONFIRMED));
        Participant sokha = enrolments.of(activity.getId()).stream()
                .map(Enrolment::getParticipant)
                .filter(p -> p.getGivenName().equals("Sokha"))
                .findFirst()
                .orElseThrow();
        assertThat(jdbc.queryForObject(
                        "select o.acronym || ' ' || p.organisation_type from participant p"
                                + " join organisation o on o.id = p.organisation_id where p.id = ?",
                        String.class,
                        sokha.getId()))
                .as("linked to the registered organisation of that name, whose type it takes")
                .isEqualTo("MLVT GOVERNMENT_AGENCY");
        assertThat(sokha.isConsentToContact()).isTrue();
        assertThat(jdbc.queryForObject("select created_by from participant where id = ?", String.class, sokha.getId()))
                .isEqualTo(TestUsers.STAFF);
        assertThatThrownBy(() -> imports.get(id, TestUsers.STAFF)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachLineWithMatchesCanUseAnExistingRecordCreateANewOneOrBeLeftOut() throws Exception {
        String tag = TestData.unique();
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 6, 2), LocalDate.of(2025, 6, 3));
        Participant dara = data.participant("Dara", "Pich" + tag, Gender.MALE, "KH");
        Participant vuthy = data.participant("Vuthy", "Heng" + tag, Gender.MALE, "KH");
        Participant bopha = data.participant("Bopha", "Lim" + tag, Gender.FEMALE, "KH");
        enrolments.enrol(activity.getId(), bopha.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.ATTENDED);
        String csv = String.join(
                "\n",
                HEADER,
                "Mr,Dara,Pich" + tag + ",MALE,KH,,,,,,,",
                "Mr,Vuthy,Heng" + tag + ",MALE,KH,,,,,,,",
                "Ms,Bopha,Lim" + tag + ",FEMALE,KH,,,,,,,",
                "Mr,Someone,Else" + tag + ",MALE,KH,,,,," + dara.getEmail() + ",,");
        UUID id = Imports.previewed(
                imports,
                "choices.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                new ParticipantImportService.Target(
                        activity.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED),
                TestUsers.STAFF);
        assertThat(imports.get(id, TestUsers.STAFF).rows().get(2).enrolled(bopha.getId()))
                .isTrue();

        mvc.perform(post("/participants/import/" + id + "/choices")
                        .with(users.staff())
                        .with(csrf())
                        .param("line-2", "new")
                        .param("line-3", "skip")
                        .param("line-5", "new")
                        .param("line-4", "use:" + dara.getId()))
                .andExpect(status().isNoContent());
        ParticipantImport saved = imports.get(id, TestUsers.STAFF);
        assertThat(saved.rows())
                .extracting(saved::choiceFor)
                .containsExactly(
                        ParticipantImport.Choice.NEW,
                        ParticipantImport.Choice.SKIP,
                        ParticipantImport.Choice.use(bopha.getId()),
                        ParticipantImport.Choice.use(dara.getId()));

        mvc.perform(post("/participants/import/" + id).with(users.staff()).with(csrf()))
                .andExpect(redirectedUrl("/participants/import/" + id));
        Imports.finished(imports, id, TestUsers.STAFF);
        mvc.perform(get("/participants/import/" + id).with(users.staff()))
                .andExpect(redirectedUrl("/activities/" + activity.getId() + "/participants"))
                .andExpect(flash().attribute(
                                "saved",
                                "Imported 3 participants: 1 new, 2 already registered."
                                        + " 2 enrolled in the activity, 1 was enrolled already. 1 line left out."));
        assertThat(countTagged(tag)).isEqualTo(4);
        assertThat(enrolments.of(activity.getId()))
                .extracting(e -> e.getParticipant().getId())
                .contains(dara.getId(), bopha.getId())
                .doesNotContain(vuthy.getId())
                .hasSize(3);
        long created = jdbc.queryForObject(
                "select id from participant where family_name = ? and id <> ?", Long.class, "Pich" + tag, dara.getId());
        assertThat(jdbc.queryForList(
                        "select action || ' by ' || actor from audit_event where table_name = 'participant'"
                                + " and record_id = ?",
                        String.class,
                        created))
                .containsExactly("INSERT by " + TestUsers.STAFF);
        assertThat(enrolments.of(activity.getId()))
                .filteredOn(e -> e.getParticipant().getId().equals(bopha.getId()))
                .extracting(Enrolment::getStatus)
                .containsExactly(AttendanceStatus.ATTENDED);
    }

    @Test
    void aPersonMergedAwaySinceThePreviewStopsTheImportWithNothingWrittenAndThePageSaysWhy() throws Exception {
        String tag = TestData.unique();
        Participant kept = data.participant("Thida", "Kept" + tag, Gender.FEMALE, "MM");
        Participant duplicate = data.participant("Thida", "Duplicate" + tag, Gender.FEMALE, "MM");
        String csv = String.join(
                "\n",
                HEADER,
                "Ms,Thida,Duplicate" + tag + ",FEMALE,MM,,,,," + duplicate.getEmail() + ",,",
                "Ms,Nandar,New" + tag + ",FEMALE,MM,,,,,,,");
        UUID id = Imports.previewed(
                imports,
                "merged.csv",
                csv.getBytes(StandardCharsets.UTF_8),
                ParticipantImportService.Target.registryOnly(),
                TestUsers.STAFF);
        participants.merge(kept.getId(), duplicate.getId(), TestUsers.MANAGER);

        assertThatThrownBy(() -> Imports.confirmed(imports, id, TestUsers.STAFF, false, Map.of()))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("was merged into another record or removed");
        assertThat(countTagged(tag)).isEqualTo(1);
        mvc.perform(get("/participants/import/" + id).with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("was merged into another record or removed.")))
                .andExpect(content().string(containsString("Nothing was imported: upload the file again")))
                .andExpect(content().string(containsString("Upload the file again")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("http-equiv=\"refresh\""))));
        mvc.perform(get("/participants/import").with(users.staff()))
                .andExpect(content().string(containsString("not imported: see why")));
    }

    @Test
    void anImportInProgressShowsTheSameProgressOnEveryReloadAndToAnotherInstance() throws Exception {
        UUID id = Imports.previewed(
                imports,
                "elsewhere.csv",
                (HEADER + "\nMs,Mali,Far" + TestData.unique() + ",FEMALE,TH,,,,,,,\n").getBytes(StandardCharsets.UTF_8),
                ParticipantImportService.Target.registryOnly(),
                TestUsers.STAFF);
        // As another instance of the portal records it while importing: nothing of it runs on this one.
        jdbc.update(
                "update participant_import set state = 'IMPORTING', started_at = now(), heartbeat_at = now(),"
                        + " progress_done = 6000, progress_total = 10000 where id = ?",
                id);
        for (int reload = 0; reload < 2; reload++) {
            mvc.perform(get("/participants/import/" + id).with(users.staff()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Importing 6,000 of 10,000")))
                    .andExpect(content().string(containsString("aria-valuenow=\"60\"")))
                    .andExpect(content().string(containsString("<meta http-equiv=\"refresh\" content=\"2\">")));
        }
        mvc.perform(get("/participants/import/" + id)
                        .header("HX-Request", "true")
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Importing 6,000 of 10,000")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<nav"))));
        mvc.perform(get("/participants/import").with(users.staff()))
                .andExpect(content().string(containsString("elsewhere.csv")))
                .andExpect(content().string(containsString("being imported")));
        mvc.perform(post("/participants/import/" + id).with(users.staff()).with(csrf()))
                .andExpect(redirectedUrl("/participants/import/" + id))
                .andExpect(
                        flash().attribute(
                                        "problem",
                                        "This preview is being imported or was imported already: it cannot be imported twice."));

        // That instance stops: its heartbeat goes stale, and the preview can be imported again, here.
        jdbc.update("update participant_import set heartbeat_at = now() - interval '5 minutes' where id = ?", id);
        mvc.perform(get("/participants/import/" + id)
                        .header("HX-Request", "true")
                        .with(users.staff()))
                .andExpect(header().string("HX-Redirect", "/participants/import/" + id));
        mvc.perform(get("/participants/import/" + id).with(users.staff()))
                .andExpect(content().string(containsString("The import was interrupted before it finished")))
                .andExpect(content().string(containsString("Check the import of")));
        assertThat(Imports.confirmed(imports, id, TestUsers.STAFF, false, Map.of())
                        .created())
                .isEqualTo(1);
    }

    @Test
    void aCheckInterruptedWithItsInstanceTellsToUploadAgain() throws Exception {
        UUID id = Imports.previewed(
                imports,
                "stopped.csv",
                (HEADER + "\nMs,Noi,Stop" + TestData.unique() + ",FEMALE,TH,,,,,,,\n").getBytes(StandardCharsets.UTF_8),
                ParticipantImportService.Target.registryOnly(),
                TestUsers.STAFF);
        jdbc.update(
                "update participant_import set state = 'CHECKING', started_at = now() - interval '10 minutes',"
                        + " heartbeat_at = now() - interval '9 minutes' where id = ?",
                id);
        mvc.perform(get("/participants/import/" + id).with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The check of this file was interrupted")))
                .andExpect(content().string(containsString("Upload the file again")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Checking line"))));
        mvc.perform(post("/participants/import/" + id + "/discard")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(redirectedUrl("/participants/import"));
        assertThatThrownBy(() -> imports.status(id, TestUsers.STAFF)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void eachBadFileGetsAMessageOnTheFormAndNothingIsKept() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "The file has no “gender” column",
                "given_name,family_name,country\nA,B,TH\n".getBytes(StandardCharsets.UTF_8));
        files.put(
                "Line 1 names a column the portal does not know: “emial”",
                (HEADER + ",emial\n").getBytes(StandardCharsets.UTF_8));
        files.put(
                "The columns are separated by semicolons (;)",
                HEADER.replace(',', ';').getBytes(StandardCharsets.UTF_8));
        files.put(
                "Line 3: a value starts with a quote (\") that is never closed.",
                (HEADER + "\nMs,A,B,FEMALE,TH,,,,,,,\nMs,\"C,D,FEMALE,TH,,,,,,,\n").getBytes(StandardCharsets.UTF_8));
        files.put(
                "The file is not in UTF-8: line 2",
                (HEADER + "\nMs,Renée,Müller,FEMALE,TH,,,,,,,\n").getBytes(Charset.forName("windows-1252")));
        files.put(
                "The file is not in UTF-8: line 3",
                (HEADER + "\nMs,A,B,FEMALE,TH,,,,,,,\nMs,สมศรี,มีสุข,FEMALE,TH,,,,,,,\n")
                        .getBytes(Charset.forName("TIS-620")));
        files.put(
                "The file has a header but no participants under it.",
                (HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder tooMany = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i <= ParticipantImportService.MAX_ROWS; i++) {
            tooMany.append("Ms,G").append(i).append(",F,FEMALE,TH,,,,,,,\n");
        }
        files.put(
                "The file has more than 10,000 rows of data.",
                tooMany.toString().getBytes(StandardCharsets.UTF_8));
        files.put("The file is 5.5 MB; at most 5 MB can be imported at once.", new byte[(int) (5.5 * 1024 * 1024)]);
        int before = previews();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            mvc.perform(multipart("/participants/import")
                            .file(new MockMultipartFile("file", "bad.csv", "text/csv", file.getValue()))
                            .with(users.staff())
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(escaped(file.getKey()))))
                    .andExpect(content().string(containsString("Checked: bad.csv")));
        }
        mvc.perform(multipart("/participants/import").with(users.staff()).with(csrf()))
                .andExpect(content().string(containsString("Choose a CSV file to upload.")));
        assertThat(previews()).isEqualTo(before);
    }

    @Test
    void aPreviewIsItsUploadersForADayAndThenRemoved() throws Exception {
        UUID id = Imports.previewed(
                imports,
                "mine.csv",
                (HEADER + "\nMs,Kanya,Own" + TestData.unique() + ",FEMALE,TH,,,,,,,\n")
                        .getBytes(StandardCharsets.UTF_8),
                ParticipantImportService.Target.registryOnly(),
                TestUsers.STAFF);
        mvc.perform(get("/participants/import/" + id).with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Check the import · mine.csv")));
        mvc.perform(get("/participants/import/" + id).with(users.manager())).andExpect(status().isNotFound());
        mvc.perform(post("/participants/import/" + id).with(users.manager()).with(csrf()))
                .andExpect(redirectedUrl("/participants/import"));
        assertThat(imports.get(id, TestUsers.STAFF).fileName()).isEqualTo("mine.csv");

        jdbc.update("update participant_import set created_at = created_at - interval '25 hours' where id = ?", id);
        assertThatThrownBy(() -> imports.get(id, TestUsers.STAFF)).isInstanceOf(NotFoundException.class);
        assertThat(imports.removeStale()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from participant_import where id = ?", Integer.class, id))
                .isZero();
    }

    @Test
    void anUploadLeadsToItsPreviewAndAConfirmationToTheActivity() throws Exception {
        String tag = TestData.unique();
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 7, 7), LocalDate.of(2025, 7, 8));
        String csv = "\uFEFF" + HEADER + "\r\nMs,Ploy,Suwannarat" + tag + ",FEMALE,TH,,,,,,,\r\nMr,Prasert,Boonmee"
                + tag + ",MALE,TH,,,,,,,\r\n";
        MvcResult upload = mvc.perform(multipart("/participants/import")
                        .param("activity", activity.getId().toString())
                        .param("role", "OBSERVER")
                        .param("status", "INVITED")
                        .file(new MockMultipartFile(
                                "file", "two.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/participants/import/*"))
                .andReturn();
        String previewUrl = upload.getResponse().getRedirectedUrl();
        Imports.finished(
                imports, UUID.fromString(previewUrl.substring(previewUrl.lastIndexOf('/') + 1)), TestUsers.STAFF);
        mvc.perform(get(previewUrl).with(users.staff()))
                .andExpect(content().string(containsString("Ploy Suwannarat" + tag)))
                .andExpect(content().string(containsString("Into this activity as observer, invited.")))
                .andExpect(content().string(containsString(activity.getTitle())));
        mvc.perform(post(previewUrl).with(users.staff()).with(csrf())).andExpect(redirectedUrl(previewUrl));
        Imports.finished(
                imports, UUID.fromString(previewUrl.substring(previewUrl.lastIndexOf('/') + 1)), TestUsers.STAFF);
        mvc.perform(get(previewUrl).with(users.staff()))
                .andExpect(redirectedUrl("/activities/" + activity.getId() + "/participants"));
        assertThat(enrolments.of(activity.getId()))
                .extracting(Enrolment::getRole, Enrolment::getStatus)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(EnrolmentRole.OBSERVER, AttendanceStatus.INVITED))
                .hasSize(2);
    }

    @Test
    void importingRunsTheSameFewStatementsForTenLinesOrAThousand() {
        long ten = confirmStatements(10);
        long thousand = confirmStatements(1000);
        assertThat(thousand).isEqualTo(ten).isLessThanOrEqualTo(15);
    }

    @Test
    void theTemplateHasTheColumnsAnExampleLineAndABomAndImportsCleanly() throws Exception {
        byte[] template = mvc.perform(get("/participants/import/template.csv").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(template).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        Csv.Table table = Csv.read(template, 10);
        assertThat(table.header()).isEqualTo(ParticipantColumn.headers());
        assertThat(table.rows()).hasSize(1);
        ParticipantImport preview =
                preview(new String(template, StandardCharsets.UTF_8), ParticipantImportService.Target.registryOnly());
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(0).value(ParticipantColumn.PHONE)).isEqualTo("+84 24 3826 9534");
    }

    private long confirmStatements(int lines) {
        String tag = TestData.unique();
        Activity activity = data.activity(data.project(), LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 5));
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < lines; i++) {
            csv.append("Ms,Person")
                    .append(i)
                    .append(",Batch")
                    .append(tag)
                    .append(",FEMALE,TH,Raks Thai Foundation,NGO,,,")
                    .append("p")
                    .append(i)
                    .append('.')
                    .append(tag.toLowerCase())
                    .append("@example.org,,yes\n");
        }
        UUID id = Imports.previewed(
                imports,
                "batch.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8),
                new ParticipantImportService.Target(
                        activity.getId(), EnrolmentRole.PARTICIPANT, AttendanceStatus.REGISTERED),
                TestUsers.STAFF);
        // The import's work measured on this thread: handed over as confirming does, without the background.
        assertThat(progress.confirm(id, TestUsers.STAFF, false)).isTrue();
        SqlStatements.reset();
        work.importPreview(id);
        long statements = SqlStatements.count();
        ImportResult result = imports.status(id, TestUsers.STAFF).result();
        assertThat(result.created()).isEqualTo(lines);
        assertThat(enrolments.of(activity.getId())).hasSize(lines);
        return statements;
    }

    private ParticipantImport preview(String csv, ParticipantImportService.Target target) {
        UUID id = Imports.previewed(imports, "test.csv", csv.getBytes(StandardCharsets.UTF_8), target, TestUsers.STAFF);
        return imports.get(id, TestUsers.STAFF);
    }

    private static Map<Integer, List<String>> problems(ParticipantImport preview) {
        return preview.rows().stream()
                .filter(r -> !r.valid())
                .collect(Collectors.toMap(
                        ParticipantImport.Row::line,
                        r -> r.problems().stream()
                                .map(p -> p.column() == null ? p.message() : p.column() + ": " + p.message())
                                .toList(),
                        (a, b) -> a,
                        LinkedHashMap::new));
    }

    private static ParticipantImport.Row row(ParticipantImport preview, int line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    private int countTagged(String tag) {
        return jdbc.queryForObject(
                "select count(*) from participant where family_name like ?", Integer.class, "%" + tag);
    }

    private int previews() {
        return jdbc.queryForObject("select count(*) from participant_import", Integer.class);
    }

    /** As Thymeleaf writes text into a page. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
