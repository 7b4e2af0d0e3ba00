package org.mekonginstitute.portal.document;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.storage.DocumentRecords;
import org.mekonginstitute.portal.document.storage.FileCheck;
import org.mekonginstitute.portal.document.storage.FileStore;
import org.mekonginstitute.portal.document.text.TextWorker;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What people do with documents: add one or several to a record, add a new version (the old ones stay), read the
 * list and the versions, download, and delete. Access follows the record (see {@link RecordType}). A file is
 * checked before anything is stored, and all files of one upload are stored or none; their text and thumbnails are
 * made after the upload commits ({@link TextWorker}).
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class DocumentService {

    /** More at once is a folder to archive, not an upload. */
    public static final int MAX_FILES = 20;

    private final DocumentRecords records;
    private final FileStore store;
    private final FileCheck check;
    private final TextWorker worker;
    private final JdbcTemplate jdbc;

    @Value("${portal.documents.max-file-size:50MB}")
    private DataSize maxFileSize;

    /** A document with its record and every version. */
    public record Versions(DocumentRecords.Owned document, List<DocumentVersion> versions) {}

    public List<DocumentRow> of(RecordType type, long recordId) {
        return records.of(type, recordId);
    }

    public long maxFileSizeMegabytes() {
        return maxFileSize.toMegabytes();
    }

    /** Stores the files as new documents of the record, all or none; the title names a single file. */
    @Transactional
    public List<Long> upload(
            RecordType type,
            long recordId,
            DocumentCategory category,
            String title,
            List<IncomingFile> files,
            PortalUser user) {
        requireRecord(type, recordId);
        if (!type.mayUpload(user.role())) {
            throw new AccessDeniedException(
                    Text.of("document.refused.upload", type.label().toLowerCase()));
        }
        List<Checked> checked = checkAll(files, "files");
        List<Long> ids = new ArrayList<>();
        for (Checked file : checked) {
            String name = title != null && !title.isBlank() && checked.size() == 1 ? title.strip() : file.titleOf();
            long documentId = records.insertDocument(type, recordId, name, category, user.getUsername());
            storeVersion(documentId, file, user);
            ids.add(documentId);
        }
        return ids;
    }

    /** Adds a new version of the document; earlier ones are kept. */
    @Transactional
    public void addVersion(long documentId, IncomingFile file, PortalUser user) {
        DocumentRecords.Owned document = document(documentId);
        if (!document.type().mayUpload(user.role())) {
            throw new AccessDeniedException(
                    Text.of("document.refused.version", document.type().label().toLowerCase()));
        }
        storeVersion(documentId, checkAll(List.of(file), "file").get(0), user);
    }

    @Transactional
    public DocumentRecords.Owned delete(long documentId, PortalUser user) {
        DocumentRecords.Owned document = document(documentId);
        if (!document.type().mayDelete(user.role())) {
            throw new AccessDeniedException(Text.of("document.refused.delete"));
        }
        records.delete(documentId);
        return document;
    }

    public Versions versions(long documentId) {
        return new Versions(document(documentId), records.versions(documentId));
    }

    public DocumentRecords.FileOf file(long fileId) {
        return records.file(fileId).orElseThrow(() -> new NotFoundException(Text.of("document.file"), fileId));
    }

    /** Writes the version's content to {@code out}, reading one chunk at a time, outside any transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void copy(long fileId, OutputStream out) throws IOException {
        store.copy(fileId, out);
    }

    public Optional<byte[]> thumbnail(long fileId) {
        return records.thumbnail(fileId);
    }

    /** How many documents the record holds. */
    public long count(RecordType type, long recordId) {
        return records.count(type, recordId);
    }

    private DocumentRecords.Owned document(long documentId) {
        return records.document(documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    private void requireRecord(RecordType type, long recordId) {
        String table = type.column().substring(0, type.column().length() - 3);
        Boolean exists = jdbc.queryForObject(
                "select exists (select 1 from " + table + " where id = ?)", Boolean.class, recordId);
        if (!Boolean.TRUE.equals(exists)) {
            throw new NotFoundException(type.label(), recordId);
        }
    }

    private void storeVersion(long documentId, Checked file, PortalUser user) {
        long fileId = records.insertFile(documentId, file.name(), file.type(), user.getUsername());
        try (InputStream in = file.incoming().content().getInputStream()) {
            records.stored(fileId, store.write(fileId, in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + file.name(), e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.nudge();
                }
            });
        }
    }

    /** A file that passed the checks: its name as stored and its type as its content says. */
    private record Checked(IncomingFile incoming, String name, String type) {
        String titleOf() {
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        }
    }

    /** Checks every file before any is stored; every problem is reported beside the file field. */
    private List<Checked> checkAll(List<IncomingFile> files, String field) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        List<IncomingFile> given =
                files.stream().filter(f -> f != null && f.size() > 0).toList();
        problems.addIf(given.isEmpty(), field, Text.of("document.upload.none"));
        problems.addIf(given.size() > MAX_FILES, field, Text.of("document.upload.tooMany", String.valueOf(MAX_FILES)));
        problems.check();
        List<Checked> checked = new ArrayList<>();
        for (IncomingFile file : given) {
            String name = nameOf(file.name());
            Optional<String> unstorable = PlainText.problem(name);
            if (unstorable.isPresent()) {
                problems.add(field, Text.of("document.upload.badName", unstorable.get()));
                continue;
            }
            if (file.size() > maxFileSize.toBytes()) {
                problems.add(
                        field,
                        Text.of(
                                "document.upload.tooLarge",
                                name,
                                String.valueOf(maxFileSize.toMegabytes()),
                                FileSizes.text(file.size())));
                continue;
            }
            String type = detect(file, name);
            check.refusal(type, name)
                    .ifPresentOrElse(
                            refusal -> problems.add(field, refusal), () -> checked.add(new Checked(file, name, type)));
        }
        problems.check();
        return checked;
    }

    private String detect(IncomingFile file, String name) {
        try (InputStream in = file.content().getInputStream()) {
            return check.detect(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + name, e);
        }
    }

    /** The name without the folders some browsers send with it, at most 255 characters; "file" for none. */
    static String nameOf(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        if (name.isEmpty()) {
            return "file";
        }
        if (name.length() > 255) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 255 - extension.length()) + extension;
        }
        return name;
    }
}
