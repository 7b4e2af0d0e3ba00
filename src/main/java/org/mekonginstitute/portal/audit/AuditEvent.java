package org.mekonginstitute.portal.audit;

import java.time.Instant;
import java.util.List;

/** One change in the audit trail, read for display: each changed field with its value before and after. */
public record AuditEvent(
        long id,
        AuditRecordType type,
        String table,
        long recordId,
        String action,
        String actor,
        String actorName,
        Instant at,
        List<Change> changes) {

    public record Change(String field, String before, String after) {}

    public String label() {
        return type == null ? table : type.label();
    }

    public String recordPage() {
        return type == null ? null : type.pageOf(recordId);
    }
}
