package org.mekonginstitute.portal.api.v1;

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
