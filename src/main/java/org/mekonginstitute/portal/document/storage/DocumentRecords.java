package org.mekonginstitute.portal.document.storage;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentCategory;
import org.mekonginstitute.portal.document.DocumentRow;
import org.mekonginstitute.portal.document.DocumentVersion;
import org.mekonginstitute.portal.document.RecordType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The document and version rows (their contents are the {@link FileStore}'s): written and read in plain SQL. */
@Component
@RequiredArgsConstructor
public class DocumentRecords {

    private final JdbcTemplate jdbc;

    /** Which record a document belongs to, and its title and category. */
    public record Owned(long id, RecordType type, long recordId, String title, DocumentCategory category) {}

    /** A version with the document it belongs to, for downloads and thumbnails. */
    public record FileOf(long fileId, long documentId, String fileName, String contentType, long size) {}

    public long insertDocument(RecordType type, long recordId, String title, DocumentCategory category, String by) {
        return jdbc.queryForObject(
                "insert into document (" + type.column() + ", title, category, created_by, updated_by)"
                        + " values (?, ?, ?, ?, ?) returning id",
                Long.class,
                recordId,
                title,
                category.name(),
                by,
                by);
    }

    /** A new version numbered after the last one, its content not stored yet (size 0). */
    public long insertFile(long documentId, String fileName, String contentType, String uploadedBy) {
        Long fileId = jdbc.queryForObject("""
                insert into document_file (document_id, number, file_name, content_type, size_bytes, sha256, uploaded_by)
                select ?, coalesce(max(number), 0) + 1, ?, ?, 0, repeat('0', 64), ?
                from document_file where document_id = ? returning id""", Long.class, documentId, fileName, contentType, uploadedBy, documentId);
        jdbc.update(
                "update document set latest_file_id = ?, updated_at = now(), updated_by = ?, version = version + 1"
                        + " where id = ?",
                fileId,
                uploadedBy,
                documentId);
        return fileId;
    }

    public void stored(long fileId, FileStore.Stored stored) {
        jdbc.update(
                "update document_file set size_bytes = ?, sha256 = ? where id = ?",
                stored.size(),
                stored.sha256(),
                fileId);
    }

    public Optional<Owned> document(long id) {
        return jdbc
                .query(
                        """
                        select id, title, category, project_id, activity_id, action_plan_id, organisation_id
                        from document where id = ?""",
                        (rs, n) -> {
                            RecordType type = RecordType.ofDocument(rs);
                            return new Owned(
                                    rs.getLong("id"),
                                    type,
                                    rs.getLong(type.column()),
                                    rs.getString("title"),
                                    DocumentCategory.valueOf(rs.getString("category")));
                        },
                        id)
                .stream()
                .findFirst();
    }

    public void delete(long id) {
        jdbc.update("delete from document where id = ?", id);
    }

    public Optional<FileOf> file(long fileId) {
        return jdbc
                .query(
                        "select id, document_id, file_name, content_type, size_bytes from document_file where id = ?",
                        (rs, n) -> new FileOf(
                                rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5)),
                        fileId)
                .stream()
                .findFirst();
    }

    /** A record's documents, newest first, each with its latest version: one statement. */
    public List<DocumentRow> of(RecordType type, long recordId) {
        return jdbc.query(
                """
                select d.id, d.title, d.category, f.id as file_id, f.file_name, f.content_type, f.size_bytes,
                       f.number, f.uploaded_at, coalesce(u.display_name, f.uploaded_by) as uploaded_by, f.text_status,
                       exists (select 1 from document_thumbnail t where t.file_id = f.id) as thumbnail
                from document d
                join document_file f on f.id = d.latest_file_id
                left join user_account u on u.email = f.uploaded_by
                where d.%s = ?
                order by f.uploaded_at desc, d.id desc""".formatted(type.column()),
                (rs, n) -> new DocumentRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        DocumentCategory.valueOf(rs.getString("category")),
                        rs.getLong("file_id"),
                        rs.getString("file_name"),
                        rs.getString("content_type"),
                        rs.getLong("size_bytes"),
                        rs.getInt("number"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getString("uploaded_by"),
                        rs.getString("text_status"),
                        rs.getBoolean("thumbnail")),
                recordId);
    }

    /** Every version of a document, newest first. */
    public List<DocumentVersion> versions(long documentId) {
        return jdbc.query(
                """
                select f.id, f.number, f.file_name, f.content_type, f.size_bytes, f.sha256, f.uploaded_at,
                       coalesce(u.display_name, f.uploaded_by) as uploaded_by, f.text_status
                from document_file f left join user_account u on u.email = f.uploaded_by
                where f.document_id = ? order by f.number desc""",
                (rs, n) -> new DocumentVersion(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getString(8),
                        rs.getString(9)),
                documentId);
    }

    /** How many documents a record holds. */
    public long count(RecordType type, long recordId) {
        Long count = jdbc.queryForObject(
                "select count(*) from document where " + type.column() + " = ?", Long.class, recordId);
        return count == null ? 0 : count;
    }

    public Optional<byte[]> thumbnail(long fileId) {
        return jdbc
                .query("select image from document_thumbnail where file_id = ?", (rs, n) -> rs.getBytes(1), fileId)
                .stream()
                .findFirst();
    }
}
