package org.mekonginstitute.portal.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Uploading, versions, downloads, thumbnails, deleting and searching documents, through the pages. */
@PortalTest
class DocumentsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DocumentService documents;

    @Autowired
    UserService userService;

    private Activity activity() {
        return data.activity(data.project(), LocalDate.of(2025, 5, 5), LocalDate.of(2025, 5, 6));
    }

    private long upload(Activity activity, MockMultipartFile... files) throws Exception {
        var request = multipart("/activities/" + activity.getId() + "/documents")
                .param("category", "REPORT")
                .with(csrf())
                .with(users.staff());
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        mvc.perform(request).andExpect(redirectedUrl("/activities/" + activity.getId() + "/documents"));
        return jdbc.queryForObject("select max(id) from document where activity_id = ?", Long.class, activity.getId());
    }

    @Test
    void severalFilesAreUploadedAtOnceAndDownloadedAsTheyWere() throws Exception {
        Activity activity = activity();
        byte[] pdf = TestFiles.pdf("Mission report of the learning visit");
        upload(
                activity,
                new MockMultipartFile("files", "mission report.pdf", "application/octet-stream", pdf),
                new MockMultipartFile(
                        "files", "ນະໂຍບາຍ.txt", "text/plain", "ນະໂຍບາຍ".getBytes(StandardCharsets.UTF_8)));

        List<DocumentRow> rows = documents.of(RecordType.ACTIVITY, activity.getId());
        assertThat(rows).extracting(DocumentRow::title).containsExactlyInAnyOrder("mission report", "ນະໂຍບາຍ");
        DocumentRow report = rows.stream()
                .filter(r -> r.title().equals("mission report"))
                .findFirst()
                .orElseThrow();
        assertThat(report.contentType()).isEqualTo("application/pdf");

        byte[] downloaded = mvc.perform(
                        get("/documents/files/" + report.fileId()).with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string(
                                "Content-Disposition",
                                "attachment; filename=\"mission report.pdf\"; filename*=UTF-8''mission%20report.pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        DocumentRow lao = rows.stream().filter(r -> r != report).findFirst().orElseThrow();
        mvc.perform(get("/documents/files/" + lao.fileId()).with(users.staff()))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        "attachment; filename=\"_______.txt\"; filename*=UTF-8''%E0%BA%99%E0%BA%B0%E0%BB%82%E0%BA%8D%E0%BA%9A%E0%BA%B2%E0%BA%8D.txt"));
    }

    @Test
    void aFileLargerThanAChunkComesBackByteForByte() throws Exception {
        Activity activity = activity();
        byte[] large = new byte[(1 << 20) * 2 + 12345];
        new java.util.Random(7).nextBytes(large);
        long id = documents
                .upload(
                        RecordType.ACTIVITY,
                        activity.getId(),
                        DocumentCategory.OTHER,
                        "Random data",
                        List.of(new IncomingFile("data.bin", large.length, new ByteArrayResource(large))),
                        userService.actingAs(TestUsers.STAFF))
                .get(0);
        long fileId = documents.versions(id).versions().get(0).fileId();

        assertThat(jdbc.queryForObject("select count(*) from document_chunk where file_id = ?", Integer.class, fileId))
                .isEqualTo(3);
        byte[] back = mvc.perform(get("/documents/files/" + fileId).with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(back).isEqualTo(large);
    }

    @Test
    void aProgramIsRefusedBesideTheFileFieldAndNothingIsStored() throws Exception {
        Activity activity = activity();
        byte[] program = "MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        mvc.perform(multipart("/activities/" + activity.getId() + "/documents")
                        .file(new MockMultipartFile("files", "budget.pdf", "application/pdf", program))
                        .file(new MockMultipartFile("files", "fine.pdf", "application/pdf", TestFiles.pdf("Fine")))
                        .param("category", "REPORT")
                        .with(csrf())
                        .with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is a program or script")));

        assertThat(documents.of(RecordType.ACTIVITY, activity.getId())).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSize() {
        Activity activity = activity();
        IncomingFile huge = new IncomingFile("video.mp4", 60_000_000L, new ByteArrayResource(new byte[10]));

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> documents.upload(
                        RecordType.ACTIVITY,
                        activity.getId(),
                        DocumentCategory.OTHER,
                        null,
                        List.of(huge),
                        userService.actingAs(TestUsers.STAFF))))
                .isInstanceOf(org.mekonginstitute.portal.shared.InvalidInput.class)
                .hasMessageContaining("larger than 50 MB (60.0 MB)");
    }

    @Test
    void aNewVersionKeepsTheEarlierOnesAndOnlyManagersDelete() throws Exception {
        Activity activity = activity();
        long id = upload(activity, new MockMultipartFile("files", "agenda.pdf", "", TestFiles.pdf("Draft agenda")));
        mvc.perform(multipart("/documents/" + id + "/versions")
                        .file(new MockMultipartFile("file", "agenda-final.pdf", "", TestFiles.pdf("Final agenda")))
                        .with(csrf())
                        .with(users.staff()))
                .andExpect(redirectedUrl("/documents/" + id));

        assertThat(documents.versions(id).versions())
                .extracting(DocumentVersion::number, DocumentVersion::fileName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "agenda-final.pdf"),
                        org.assertj.core.groups.Tuple.tuple(1, "agenda.pdf"));
        mvc.perform(get("/documents/" + id).with(users.staff()))
                .andExpect(content().string(containsString("Version 1")))
                .andExpect(content().string(containsString("agenda-final.pdf")));

        mvc.perform(post("/documents/" + id + "/delete").with(csrf()).with(users.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/documents/" + id + "/delete").with(csrf()).with(users.manager()))
                .andExpect(redirectedUrl("/activities/" + activity.getId() + "/documents"));
        assertThat(documents.of(RecordType.ACTIVITY, activity.getId())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where table_name = 'document' and record_id = ?"
                                + " and parent_table = 'activity' and parent_id = ?",
                        Integer.class,
                        id,
                        activity.getId()))
                .as("the upload, each version becoming the latest, and the deletion, in the activity's history")
                .isEqualTo(4);
    }

    @Test
    void staffReadButOnlyAdministratorsAddDocumentsToAnOrganisation() throws Exception {
        long organisation = data.donor().getId();
        mvc.perform(get("/organisations/" + organisation + "/documents").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Upload documents"))));
        mvc.perform(multipart("/organisations/" + organisation + "/documents")
                        .file(new MockMultipartFile("files", "mou.pdf", "", TestFiles.pdf("MoU")))
                        .param("category", "AGREEMENT")
                        .with(csrf())
                        .with(users.staff()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/organisations/" + organisation + "/documents")
                        .file(new MockMultipartFile("files", "mou.pdf", "", TestFiles.pdf("MoU")))
                        .param("category", "AGREEMENT")
                        .with(csrf())
                        .with(users.admin()))
                .andExpect(redirectedUrl("/organisations/" + organisation + "/documents"));
    }

    @Test
    void aPictureGetsAThumbnailAndTextIsFoundInEveryScript() throws Exception {
        Activity activity = activity();
        String word = "Mangrove" + TestData.unique();
        long picture = upload(activity, new MockMultipartFile("files", "photo.png", "", TestFiles.png(1600, 1200)));
        long thai = upload(
                activity,
                new MockMultipartFile(
                        "files",
                        "notes.txt",
                        "",
                        ("Notes " + word + "\nการอบรมเรื่องการประสานนโยบาย " + word.toLowerCase())
                                .getBytes(StandardCharsets.UTF_8)));
        TestFiles.awaitText(jdbc, List.of(picture, thai));

        long fileId = documents.versions(picture).versions().get(0).fileId();
        byte[] thumbnail = mvc.perform(
                        get("/documents/files/" + fileId + "/thumbnail").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail));
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);

        mvc.perform(get("/documents/search").param("q", word.toUpperCase()).with(users.staff()))
                .andExpect(content().string(containsString("notes")))
                .andExpect(content().string(containsString("/activities/" + activity.getId())));
        mvc.perform(get("/documents/search").param("q", "ประสาน").with(users.staff()))
                .andExpect(content().string(containsString("/documents/" + thai)));
        mvc.perform(get("/documents/search")
                        .param("q", "ZzNothing" + TestData.unique())
                        .with(users.staff()))
                .andExpect(content().string(containsString("No documents match.")));
    }

    @Test
    void anActivityWithDocumentsIsCancelledRatherThanDeleted() throws Exception {
        Activity activity = activity();
        upload(activity, new MockMultipartFile("files", "photo.png", "", TestFiles.png(40, 30)));
        mvc.perform(post("/activities/" + activity.getId() + "/delete")
                        .with(csrf())
                        .with(users.manager()))
                .andExpect(redirectedUrl("/activities/" + activity.getId()));
        assertThat(jdbc.queryForObject("select count(*) from activity where id = ?", Integer.class, activity.getId()))
                .isEqualTo(1);
    }
}
