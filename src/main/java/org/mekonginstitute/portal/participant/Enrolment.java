package org.mekonginstitute.portal.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.audit.AuditedEntity;

import java.math.BigDecimal;

/** A participant in one activity: their role, whether they came, and what the tests and feedback said. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Enrolment extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Participant participant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Activity activity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EnrolmentRole role = EnrolmentRole.PARTICIPANT;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status = AttendanceStatus.REGISTERED;

    private Integer daysAttended;

    private BigDecimal preTestScore;

    private BigDecimal postTestScore;

    private Integer satisfaction;

    private boolean certificateIssued;

    // A new enrolment is written by EnrolmentWriter, as every one is: the page's one person and an import's thousands.

    void changeStatus(AttendanceStatus status) {
        this.status = status;
    }

    /** Takes what the attendance sheet says about the person. */
    void recordAttendance(Attendance attendance) {
        this.status = attendance.status();
        this.daysAttended = attendance.daysAttended();
        this.preTestScore = attendance.preTestScore();
        this.postTestScore = attendance.postTestScore();
        this.satisfaction = attendance.satisfaction();
        this.certificateIssued = attendance.certificateIssued();
    }

    /** A test answered online: its score replaces whatever was typed before. */
    void recordTestScore(boolean post, BigDecimal score) {
        if (post) {
            this.postTestScore = score;
        } else {
            this.preTestScore = score;
        }
    }

    /** The end-of-activity evaluation answered online, under the person's name. */
    void recordSatisfaction(Integer satisfaction) {
        this.satisfaction = satisfaction;
    }

    void recordCertificate(boolean issued) {
        this.certificateIssued = issued;
    }

    /** On a merge: the kept person's enrolment takes what only the removed one knew. */
    void fillGapsFrom(Enrolment other) {
        if (other.status.ordinal() > status.ordinal() && other.status != AttendanceStatus.WITHDRAWN) {
            status = other.status;
        }
        daysAttended = daysAttended != null ? daysAttended : other.daysAttended;
        preTestScore = preTestScore != null ? preTestScore : other.preTestScore;
        postTestScore = postTestScore != null ? postTestScore : other.postTestScore;
        satisfaction = satisfaction != null ? satisfaction : other.satisfaction;
        certificateIssued = certificateIssued || other.certificateIssued;
    }

    void moveTo(Participant kept) {
        this.participant = kept;
    }
}
