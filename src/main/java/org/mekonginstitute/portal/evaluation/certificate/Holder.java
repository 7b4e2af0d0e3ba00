package org.mekonginstitute.portal.evaluation.certificate;

import java.time.Instant;
import java.time.LocalDate;

/** What a certificate says: who, which activity, when and where, and under which code. */
public record Holder(
        long certificateId,
        String code,
        String name,
        String activityTitle,
        LocalDate start,
        LocalDate end,
        String place,
        Instant issuedAt,
        Instant revokedAt) {}
