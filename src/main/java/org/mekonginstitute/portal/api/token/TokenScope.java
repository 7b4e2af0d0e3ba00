package org.mekonginstitute.portal.api.token;

/** What a token may do with its owner's role: only read, or read and write. */
public enum TokenScope {
    READ("Read"),
    READ_WRITE("Read and write");

    /** The authority a read-write token carries besides its owner's role; the API's writes require it. */
    public static final String WRITE_AUTHORITY = "SCOPE_api.write";

    private final String label;

    TokenScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean writes() {
        return this == READ_WRITE;
    }
}
