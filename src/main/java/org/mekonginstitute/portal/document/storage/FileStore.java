package org.mekonginstitute.portal.document.storage;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * File contents in the database, in chunks of {@link #CHUNK} bytes: written as they are read from the upload,
 * read back one chunk per statement, so a file of any size needs one chunk of memory and no connection is held
 * while a slow download trickles out.
 */
@Component
@RequiredArgsConstructor
public class FileStore {

    /** 1 MB: small enough to hold, large enough that a 50 MB file is 50 statements. */
    public static final int CHUNK = 1 << 20;

    private final JdbcTemplate jdbc;

    /** What was stored: how many bytes, and their SHA-256 in hex. */
    public record Stored(long size, String sha256) {}

    /** Stores everything {@code content} holds as the file's chunks; call in the transaction that adds the file. */
    public Stored write(long fileId, InputStream content) throws IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream in = new DigestInputStream(content, sha256)) {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            int filled;
            while ((filled = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                byte[] chunk = filled == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, filled);
                jdbc.update("insert into document_chunk (file_id, seq, data) values (?, ?, ?)", fileId, seq++, chunk);
                size += filled;
            }
        }
        return new Stored(size, HexFormat.of().formatHex(sha256.digest()));
    }

    /** Writes the file's content to {@code out}, chunk after chunk; false when the file is gone meanwhile. */
    public boolean copy(long fileId, OutputStream out) throws IOException {
        int seq = 0;
        while (true) {
            byte[] chunk = chunk(fileId, seq++);
            if (chunk == null) {
                return seq > 1 || exists(fileId);
            }
            out.write(chunk);
        }
    }

    /** The file's content as a stream that fetches one chunk at a time. */
    public InputStream open(long fileId) {
        return new ChunkStream(fileId);
    }

    private byte[] chunk(long fileId, int seq) {
        List<byte[]> found = jdbc.query(
                "select data from document_chunk where file_id = ? and seq = ?",
                (rs, n) -> rs.getBytes(1),
                fileId,
                seq);
        return found.isEmpty() ? null : found.get(0);
    }

    private boolean exists(long fileId) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("select exists (select 1 from document_file where id = ?)", Boolean.class, fileId));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private final class ChunkStream extends InputStream {
        private final long fileId;
        private byte[] current = new byte[0];
        private int position;
        private int next;
        private boolean ended;

        ChunkStream(long fileId) {
            this.fileId = fileId;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            while (position == current.length) {
                if (ended) {
                    return -1;
                }
                byte[] chunk = chunk(fileId, next++);
                if (chunk == null) {
                    ended = true;
                    return -1;
                }
                current = chunk;
                position = 0;
            }
            int count = Math.min(length, current.length - position);
            System.arraycopy(current, position, target, offset, count);
            position += count;
            return count;
        }
    }
}
