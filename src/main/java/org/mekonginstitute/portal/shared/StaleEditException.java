package org.mekonginstitute.portal.shared;

import lombok.Getter;

import java.time.Instant;

/**
 * Someone else saved the record after this form was opened. The form comes back with the current values and
 * says who changed it and when; nothing is overwritten.
 */
@Getter
public class StaleEditException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    public StaleEditException(AuditedEntity current) {
        super("Edited by " + current.getUpdatedBy() + " since the form was opened");
        this.changedBy = current.getUpdatedBy();
        this.changedAt = current.getUpdatedAt();
    }

    /** Who changed the record and when, small enough to carry across a redirect. */
    public Info info() {
        return new Info(changedBy, changedAt);
    }

    public record Info(String changedBy, Instant changedAt) implements java.io.Serializable {}

    /** Throws when the version the form was opened with is not the record's current one. */
    public static void check(AuditedEntity current, long formVersion) {
        if (current.getVersion() != formVersion) {
            throw new StaleEditException(current);
        }
    }
}
