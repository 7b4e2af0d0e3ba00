package org.mekonginstitute.portal.activity;

/** A review step that is not allowed for this user or this activity's state; nothing was changed. */
public class TransitionRefused extends RuntimeException {

    public TransitionRefused(String message) {
        super(message);
    }
}
