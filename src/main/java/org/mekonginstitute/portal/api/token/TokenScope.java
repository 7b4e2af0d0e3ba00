package org.mekonginstitute.portal.api.token;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** What a token may do with its owner's role: only read, or read and write. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum TokenScope {
    READ("Read"),
    READ_WRITE("Read and write");

    /** The authority a read-write token carries besides its owner's role; the API's writes require it. */
    public static final String WRITE_AUTHORITY = "SCOPE_api.write";

    private final String label;

    public boolean writes() {
        return this == READ_WRITE;
    }
}
