package org.mekonginstitute.portal.shared;

/** A record others still refer to cannot be deleted; the message says why and what to do instead. */
public class InUseException extends RuntimeException {

    public InUseException(String message) {
        super(message);
    }
}
