package org.mekonginstitute.portal.registration.apply;

import java.io.Serializable;

/**
 * What the sender of a form is told: the reference and the person, and for the applicant the address of their own
 * application's page ({@code statusToken}, shown once; null when nothing was stored).
 */
public record Receipt(String reference, String name, String statusToken, String nominatorName, String nominatorEmail)
        implements Serializable {}
