package org.mekonginstitute.portal.evaluation.certificate;

import java.math.BigDecimal;

/**
 * One participant on the certificates page: what the rule looks at, why they have not earned the certificate
 * (null when they have), and the certificate in force or last revoked.
 */
public record CertificateRow(
        long enrolmentId,
        String name,
        String status,
        Integer daysAttended,
        BigDecimal postTestScore,
        String shortfall,
        Long certificateId,
        String code,
        boolean revoked) {

    public boolean qualifies() {
        return shortfall == null;
    }

    public boolean inForce() {
        return certificateId != null && !revoked;
    }
}
