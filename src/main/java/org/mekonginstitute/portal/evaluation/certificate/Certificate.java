package org.mekonginstitute.portal.evaluation.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.shared.IdentifiedEntity;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;

import java.security.SecureRandom;
import java.time.Instant;

/**
 * A certificate of completion: issued to one enrolment under a public code, in force until staff revoke it.
 * A revoked certificate stays, so that its code says "revoked" rather than "unknown".
 */
@Getter
@Entity
@Table(name = "certificate")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Certificate extends IdentifiedEntity {

    /** Letters and digits that cannot be mistaken for one another, as on the short answer codes. */
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final SecureRandom RANDOM = new SecureRandom();
    static final int MAX_REASON = 500;

    private long enrolmentId;

    private String code;

    private Instant issuedAt;

    private String issuedBy;

    private Instant revokedAt;

    private String revokedBy;

    private String revokeReason;

    Certificate(long enrolmentId, String issuedBy, Instant issuedAt) {
        this.enrolmentId = enrolmentId;
        this.code = newCode();
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** "MI-K7P3-QX9M": 40 random bits, read aloud or typed without confusing 0 and O, 1 and I. */
    static String newCode() {
        StringBuilder code = new StringBuilder("MI-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return code.toString();
    }

    public boolean inForce() {
        return revokedAt == null;
    }

    /** Revokes the certificate, with the reason; a revoked one cannot be revoked again. */
    void revoke(String reason, String by, Instant at) {
        if (!inForce()) {
            throw new CertificateRefused(Text.of("evaluation.certificate.alreadyRevoked"));
        }
        String stripped = PlainText.strippedOrNull(reason);
        if (stripped == null) {
            throw new CertificateRefused(Text.of("evaluation.certificate.reasonRequired"));
        }
        if (stripped.length() > MAX_REASON) {
            throw new CertificateRefused(Text.of("evaluation.certificate.reasonTooLong"));
        }
        PlainText.problem(stripped).ifPresent(problem -> {
            throw new CertificateRefused(Text.of("evaluation.certificate.reasonNotSaved", problem));
        });
        this.revokeReason = stripped;
        this.revokedBy = by;
        this.revokedAt = at;
    }
}
