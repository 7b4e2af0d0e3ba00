package org.mekonginstitute.portal.api.v1;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.Attendance;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.Enrolment;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.Participant;
import org.mekonginstitute.portal.participant.ParticipantRow;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Participants, enrolments and attendance over the API, through the participant services and their rules. What is
 * read respects consent and anonymisation (see {@link ParticipantDetail}); each write is audited as its token
 * owner's change.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class PeopleResources {

    private final ParticipantService participants;
    private final EnrolmentService enrolments;
    private final RequestChecks checks;

    CursorPage<ParticipantSummary> list(ListQueries.Participants query, ListQueries.Page page) {
        Cursor.Rows<ParticipantRow> rows = (after, limit) -> participants.after(query.filter(), after, limit);
        return Cursor.read(page, rows, ParticipantRow::id, ParticipantSummary::of);
    }

    ParticipantDetail get(long id) {
        return ParticipantDetail.of(participants.get(id));
    }

    @Transactional
    ParticipantDetail create(ParticipantRequest request) {
        checks.check(request);
        Participant created = participants.create(request.toDetails(), request.createsAnyway());
        return ParticipantDetail.of(created);
    }

    CursorPage<EnrolmentJson> enrolments(long activityId, String cursor, Integer limit) {
        int size = Cursor.limit(limit);
        return Cursor.page(
                enrolments.after(activityId, Cursor.after(cursor), size), size, Enrolment::getId, EnrolmentJson::of);
    }

    EnrolmentJson enrolment(long activityId, long enrolmentId) {
        return EnrolmentJson.of(enrolments.get(activityId, enrolmentId));
    }

    @Transactional
    EnrolmentCreated enrol(long activityId, EnrolmentRequest request) {
        checks.check(request);
        List<String> warnings = enrolments.enrol(
                activityId,
                request.participantId(),
                request.role() == null ? EnrolmentRole.PARTICIPANT : request.role(),
                request.status() == null ? AttendanceStatus.REGISTERED : request.status());
        Enrolment enrolment =
                enrolments.find(activityId, request.participantId()).orElseThrow();
        return new EnrolmentCreated(EnrolmentJson.of(enrolment), warnings);
    }

    @Transactional
    EnrolmentJson recordAttendance(long activityId, long enrolmentId, long version, AttendanceRequest request) {
        // Someone else's change is told first: what they changed may be what the checks below would refuse.
        enrolments.get(activityId, enrolmentId).checkVersion(version);
        checks.check(request);
        Attendance attendance = new Attendance(
                enrolmentId,
                version,
                request.status(),
                request.daysAttended(),
                request.preTestScore(),
                request.postTestScore(),
                request.satisfaction(),
                request.certificate());
        try {
            enrolments.saveAttendance(activityId, List.of(attendance));
        } catch (InvalidInput sheetProblems) {
            // The sheet names its rows ("rows[0].daysAttended"); this request is one row.
            throw new InvalidInput(sheetProblems.problems().stream()
                    .map(p -> new InvalidInput.Problem(
                            p.field() == null ? null : p.field().replaceFirst("^rows\\[\\d+]\\.", ""), p.message()))
                    .toList());
        }
        return EnrolmentJson.of(enrolments.get(activityId, enrolmentId));
    }
}
