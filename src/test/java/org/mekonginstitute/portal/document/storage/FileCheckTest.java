package org.mekonginstitute.portal.document.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tika.config.TikaConfig;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What a file is, told from its content, and which files are refused: the rules, without an application. */
class FileCheckTest {

    private final FileCheck check = new FileCheck(TikaConfig::getDefaultConfig);

    @Test
    void aProgramRenamedToPdfIsRecognisedAndRefused() throws Exception {
        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        program[0x3c] = (byte) 0x80;
        program[0x80] = 'P';
        program[0x81] = 'E';
        String type = check.detect(new ByteArrayInputStream(program), "annual-report.pdf");

        assertThat(type).isNotEqualTo("application/pdf");
        assertThat(check.refusal(type, "annual-report.pdf")).get().asString().contains("program or script");
    }

    @Test
    void aShellScriptNamedAsTextIsRefused() throws Exception {
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        String type = check.detect(new ByteArrayInputStream(script), "notes.txt");

        assertThat(check.refusal(type, "notes.txt")).isPresent();
    }

    @Test
    void aPdfIsToldFromItsContentWhateverItsName() throws Exception {
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        assertThat(check.detect(new ByteArrayInputStream(pdf), "scan")).isEqualTo("application/pdf");
        assertThat(check.refusal("application/pdf", "scan")).isEmpty();
    }

    @Test
    void aDocumentWithTheNameOfAProgramIsRefusedForItsName() {
        assertThat(check.refusal("application/pdf", "setup.EXE"))
                .get()
                .asString()
                .contains(".exe");
        assertThat(check.refusal("text/plain", "install.ps1")).isPresent();
    }

    @Test
    void officeFilesPicturesAndTextAreAccepted() throws Exception {
        assertThat(check.refusal(check.detect(new ByteArrayInputStream(docx()), "agenda.docx"), "agenda.docx"))
                .isEmpty();
        assertThat(check.detect(new ByteArrayInputStream(docx()), "agenda.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(check.refusal("image/jpeg", "photo.jpg")).isEmpty();
        assertThat(check.refusal("text/csv", "participants.csv")).isEmpty();
    }

    @Test
    void webPagesAndJavaArchivesAreRefused() {
        assertThat(check.refusal("text/html", "page.txt")).isPresent();
        assertThat(check.refusal("application/java-archive", "tool.zip")).isPresent();
        assertThat(check.refusal("application/x-sh", "run")).isPresent();
    }

    /** The smallest Word document: a ZIP with the parts Word writes. */
    static byte[] docx() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    <w:body><w:p><w:r><w:t>Agenda</w:t></w:r></w:p></w:body></w:document>""");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
