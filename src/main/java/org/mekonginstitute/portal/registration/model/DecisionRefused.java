package org.mekonginstitute.portal.registration.model;

/** A decision on an application, or a change to registration, that its current state does not allow; says why. */
public class DecisionRefused extends RuntimeException {

    public DecisionRefused(String reason) {
        super(reason);
    }
}
