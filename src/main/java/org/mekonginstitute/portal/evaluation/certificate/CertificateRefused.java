package org.mekonginstitute.portal.evaluation.certificate;

/** A step on certificates that is refused, with the reason in words staff understand. */
public class CertificateRefused extends RuntimeException {

    public CertificateRefused(String reason) {
        super(reason);
    }
}
