package org.mekonginstitute.portal.evaluation.certificate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.shared.StaleEditException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * Who earns an activity's certificate of completion: participants who attended at least a share of its days and,
 * where a pass mark is set, reached it in the post-test. Without a rule of its own an activity asks for 80% of the
 * days and no pass mark.
 */
@Getter
@Entity
@Table(name = "certificate_rule")
@EntityListeners(AuditingEntityListener.class)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CertificateRule {

    public static final int DEFAULT_ATTENDANCE = 80;

    @Id
    private Long activityId;

    @Version
    private long version;

    private int minAttendance = DEFAULT_ATTENDANCE;

    private BigDecimal passMark;

    @CreatedDate
    private Instant createdAt;

    @CreatedBy
    private String createdBy;

    @LastModifiedDate
    private Instant updatedAt;

    @LastModifiedBy
    private String updatedBy;

    CertificateRule(long activityId) {
        this.activityId = activityId;
    }

    /** The rule an activity follows until staff set one. */
    public static CertificateRule byDefault(long activityId) {
        return new CertificateRule(activityId);
    }

    void change(int minAttendance, BigDecimal passMark, long formVersion) {
        if (activityId != null && createdAt != null && version != formVersion) {
            throw new StaleEditException(updatedBy, updatedAt);
        }
        if (minAttendance < 0 || minAttendance > 100) {
            throw new IllegalArgumentException("Attendance share out of range: " + minAttendance);
        }
        this.minAttendance = minAttendance;
        this.passMark = passMark;
    }

    /** Why this person has not earned the certificate; empty when they have. */
    public Optional<String> shortfall(Completion c) {
        if (!c.participant()) {
            return Optional.of(Text.of("evaluation.shortfall.notParticipant"));
        }
        if (!c.attended()) {
            return Optional.of(Text.of("evaluation.shortfall.notAttended"));
        }
        if (c.activityDays() > 0) {
            int days = c.daysAttended() == null ? 0 : c.daysAttended();
            if (days * 100 < minAttendance * c.activityDays()) {
                return Optional.of(Text.of(
                        "evaluation.shortfall.days",
                        String.valueOf(days),
                        String.valueOf(c.activityDays()),
                        String.valueOf(minAttendance)));
            }
        }
        if (passMark != null) {
            if (c.postTestScore() == null) {
                return Optional.of(Text.of("evaluation.shortfall.noPostTest"));
            }
            if (c.postTestScore().compareTo(passMark) < 0) {
                return Optional.of(Text.of(
                        "evaluation.shortfall.belowPassMark",
                        c.postTestScore().stripTrailingZeros().toPlainString(),
                        passMark.stripTrailingZeros().toPlainString()));
            }
        }
        return Optional.empty();
    }

    /** What the rule looks at in one enrolment. */
    public record Completion(
            boolean participant, boolean attended, Integer daysAttended, int activityDays, BigDecimal postTestScore) {}
}
