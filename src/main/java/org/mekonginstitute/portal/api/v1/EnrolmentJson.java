package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.Enrolment;
import org.mekonginstitute.portal.participant.EnrolmentRole;

import java.math.BigDecimal;

/**
 * A person's part in an activity and their attendance: whether they came, for how many days, their test scores and
 * feedback. {@code version} is also its ETag, to send back in If-Match when recording attendance.
 */
public record EnrolmentJson(
        long id,
        long activityId,
        ParticipantSummary participant,
        EnrolmentRole role,
        AttendanceStatus status,
        Integer daysAttended,
        BigDecimal preTestScore,
        BigDecimal postTestScore,
        Integer satisfaction,
        boolean certificateIssued,
        long version)
        implements Versions.Versioned {

    static EnrolmentJson of(Enrolment e) {
        return new EnrolmentJson(
                e.getId(),
                e.getActivity().getId(),
                ParticipantSummary.of(ParticipantDetail.of(e.getParticipant())),
                e.getRole(),
                e.getStatus(),
                e.getDaysAttended(),
                e.getPreTestScore(),
                e.getPostTestScore(),
                e.getSatisfaction(),
                e.isCertificateIssued(),
                e.getVersion());
    }
}
