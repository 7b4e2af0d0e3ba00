package org.mekonginstitute.portal.api.v1;

import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: a record's ETag is its version, and a change must send it back in {@code If-Match}.
 * Whoever saved in between makes the change fail with 412, and nothing is overwritten.
 */
final class Versions {

    private static final Pattern STRONG = Pattern.compile("\"(\\d{1,18})\"");

    private Versions() {}

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** A record as read or saved, 200 with its version as the ETag. */
    static <T extends Versioned> ResponseEntity<T> ok(T record) {
        return ResponseEntity.ok().eTag(etag(record.version())).body(record);
    }

    /** A record just created, 201 with where to read it (a path of this API, expanded with {@code ids}). */
    static <T> ResponseEntity.BodyBuilder created(String path, Object... ids) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .buildAndExpand(ids)
                .toUri());
    }

    /** A record an ETag stands for: the version its optimistic lock counts. */
    interface Versioned {
        long version();
    }

    /** The version an {@code If-Match} header names; 428 without one, 412 for one that is not a version of ours. */
    static long ifMatch(String header) {
        if (header == null || header.isBlank()) {
            throw new PreconditionRequired();
        }
        Matcher matcher = STRONG.matcher(header.strip());
        if (!matcher.matches()) {
            throw new VersionMismatch("If-Match must be the ETag the record was read with, such as \"3\".");
        }
        return Long.parseLong(matcher.group(1));
    }

    /** A change sent without {@code If-Match}: 428. */
    static final class PreconditionRequired extends RuntimeException {
        PreconditionRequired() {
            super("Send the ETag the record was read with in If-Match, so that no one else's change is overwritten.");
        }
    }

    /** An {@code If-Match} that names no version of the record: 412. */
    static final class VersionMismatch extends RuntimeException {
        VersionMismatch(String message) {
            super(message);
        }
    }
}
