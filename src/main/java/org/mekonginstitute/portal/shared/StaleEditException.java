package org.mekonginstitute.portal.shared;

import java.io.Serializable;
import java.time.Instant;

/**
 * Someone else saved the record after this form was opened. The form comes back with the current values and
 * says who changed it and when; nothing is overwritten.
 */
public class StaleEditException extends RuntimeException {

    private final transient Info info;

    public StaleEditException(String changedBy, Instant changedAt) {
        // not shown: the form shows who changed what from info(); this is for logs
        super("Edited by " + changedBy + " since the form was opened");
        this.info = new Info(changedBy, changedAt);
    }

    /** Who changed the record and when, small enough to carry across a redirect. */
    public Info info() {
        return info;
    }

    public record Info(String changedBy, Instant changedAt) implements Serializable {}
}
