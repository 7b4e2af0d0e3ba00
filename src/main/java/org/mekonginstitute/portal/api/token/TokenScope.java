package org.mekonginstitute.portal.api.token;

import org.mekonginstitute.portal.shared.Labelled;

/** What a token may do with its owner's role: only read, or read and write. */
public enum TokenScope implements Labelled {
    READ,
    READ_WRITE;

    /** The authority a read-write token carries besides its owner's role; the API's writes require it. */
    public static final String WRITE_AUTHORITY = "SCOPE_api.write";

    public boolean writes() {
        return this == READ_WRITE;
    }
}
