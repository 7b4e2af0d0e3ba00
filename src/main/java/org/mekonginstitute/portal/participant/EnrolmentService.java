package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.AuditorAware;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who takes part in an activity, in what role, and whether they came. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class EnrolmentService {

    /** People per page of the attendance sheet: a screen of inputs, and a submit far below the server's limits. */
    public static final int SHEET_PAGE_SIZE = 50;

    private final EnrolmentRepository enrolments;
    private final EnrolmentWriter writer;
    private final ParticipantRepository participants;
    private final ActivityService activities;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditorAware<String> auditor;
    private final Dates dates;
    private final ApplicationEventPublisher events;

    /** The activity's enrolments with their people, in the order of its participant list. */
    public List<Enrolment> of(long activityId) {
        return enrolments.findByActivity(activityId);
    }

    /**
     * A page of the activity's attendance sheet ({@code page} from 0), in the order of its participant list: the
     * last page when {@code page} is past it.
     */
    public Page<Enrolment> sheet(long activityId, int page) {
        Page<Enrolment> sheet = enrolments.findByActivity(activityId, PageRequest.of(page, SHEET_PAGE_SIZE));
        return sheet.isEmpty() && page > 0 && sheet.getTotalPages() > 0
                ? enrolments.findByActivity(activityId, PageRequest.of(sheet.getTotalPages() - 1, SHEET_PAGE_SIZE))
                : sheet;
    }

    /**
     * Up to {@code limit} of the activity's enrolments after the one with id {@code after} (null: from the first), by
     * id, with their people, and one more when more follow: the enrolments read by cursor.
     */
    public List<Enrolment> after(long activityId, Long after, int limit) {
        activities.get(activityId);
        return enrolments.findByActivityAfter(activityId, after == null ? 0 : after, limit + 1);
    }

    /** The person's enrolment in the activity, if they are enrolled. */
    public Optional<Enrolment> find(long activityId, long participantId) {
        return enrolments.find(activityId, participantId);
    }

    /** One enrolment of the activity, with its person. */
    public Enrolment get(long activityId, long enrolmentId) {
        return enrolments
                .findById(enrolmentId)
                .filter(e -> e.getActivity().getId() == activityId)
                .orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
    }

    /**
     * Enrols a person once: a second enrolment in the same activity is refused with a message. Returns the
     * warnings worth showing (an overlapping activity of the same person, more enrolled than the target).
     */
    @Transactional
    public List<String> enrol(long activityId, long participantId, EnrolmentRole role, AttendanceStatus status) {
        Activity activity = activities.get(activityId);
        Participant participant = participants
                .findById(participantId)
                .orElseThrow(() -> new NotFoundException("Participant", participantId));
        if (enrolments.find(activityId, participantId).isPresent()) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(
                    null, Text.of("participant.enrolment.already.one", participant.fullName()))));
        }
        writer.insert(
                activityId,
                List.of(participantId),
                role,
                status,
                auditor.getCurrentAuditor().orElseThrow());
        List<String> warnings = new ArrayList<>(overlaps(activity, participantId));
        targetWarning(activity).ifPresent(warnings::add);
        return warnings;
    }

    /**
     * Enrols many people at once (an import), each once: someone enrolled already stays as they are. Returns how
     * many were enrolled.
     */
    @Transactional
    public int enrolAll(
            long activityId, Collection<Long> participantIds, EnrolmentRole role, AttendanceStatus status, String by) {
        return writer.insert(activityId, participantIds, role, status, by);
    }

    /** Which of these people are enrolled in the activity already. */
    public Set<Long> enrolledAmong(long activityId, Collection<Long> participantIds) {
        if (participantIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.queryForList(
                "select participant_id from enrolment where activity_id = :activity and participant_id in (:ids)",
                Map.of("activity", activityId, "ids", participantIds),
                Long.class));
    }

    /** Sets one status on the selected enrolments of an activity. */
    @Transactional
    public int changeStatus(long activityId, Collection<Long> enrolmentIds, AttendanceStatus status) {
        int changed = 0;
        Set<Long> withdrawn = new HashSet<>();
        for (Enrolment enrolment : enrolments.findAllById(enrolmentIds)) {
            if (enrolment.getActivity().getId() == activityId) {
                if (status == AttendanceStatus.WITHDRAWN && enrolment.getStatus() != AttendanceStatus.WITHDRAWN) {
                    withdrawn.add(enrolment.getParticipant().getId());
                }
                enrolment.changeStatus(status);
                changed++;
            }
        }
        announceWithdrawals(activityId, withdrawn);
        return changed;
    }

    /** Sets the status of one person's enrolment in the activity, if they are enrolled; true when they were. */
    @Transactional
    public boolean changeStatusOf(long activityId, long participantId, AttendanceStatus status) {
        return enrolments
                .find(activityId, participantId)
                .map(enrolment -> changeStatus(activityId, List.of(enrolment.getId()), status) > 0)
                .orElse(false);
    }

    @Transactional
    public void remove(long activityId, long enrolmentId) {
        Enrolment enrolment = get(activityId, enrolmentId);
        enrolments.delete(enrolment);
        enrolments.flush();
        if (enrolment.getStatus() != AttendanceStatus.WITHDRAWN) {
            announceWithdrawals(activityId, Set.of(enrolment.getParticipant().getId()));
        }
    }

    /**
     * How many people are expected as participants: enrolled in the role of participant and neither withdrawn nor
     * absent. Online registration counts its places with this.
     */
    public long expectedParticipants(long activityId) {
        Long count = jdbc.queryForObject(
                "select count(*) from enrolment where activity_id = :activity and role = 'PARTICIPANT'"
                        + " and status not in ('WITHDRAWN', 'NO_SHOW')",
                Map.of("activity", activityId),
                Long.class);
        return count == null ? 0 : count;
    }

    /** Tells other modules who is no longer expected (see {@link EnrolmentsWithdrawn}). */
    private void announceWithdrawals(long activityId, Set<Long> participantIds) {
        if (!participantIds.isEmpty()) {
            enrolments.flush();
            events.publishEvent(new EnrolmentsWithdrawn(activityId, Set.copyOf(participantIds)));
        }
    }

    /**
     * Saves the lines of an attendance sheet (a page of it, or one line) at once, or nothing: lines that belong to
     * another activity, or were changed by someone else since the sheet was opened, refuse the whole submit.
     * Problems name the sheet's rows ({@code rows[2].daysAttended}).
     */
    @Transactional
    public void saveAttendance(long activityId, List<Attendance> sheet) {
        List<LocalDate> days = activities.get(activityId).days();
        Map<Long, Enrolment> byId =
                enrolments
                        .findByActivity(
                                activityId,
                                sheet.stream().map(Attendance::enrolmentId).toList())
                        .stream()
                        .collect(Collectors.toMap(Enrolment::getId, Function.identity()));
        InvalidInput.Collector problems = new InvalidInput.Collector();
        for (int i = 0; i < sheet.size(); i++) {
            Attendance line = sheet.get(i);
            if (!byId.containsKey(line.enrolmentId())) {
                problems.add(null, Text.of("participant.attendance.outOfDate"));
            } else if (line.moreDaysThan(days)) {
                problems.add(
                        "rows[" + i + "].daysAttended", Text.of("participant.attendance.days.tooMany", days.size()));
            }
        }
        problems.check();
        Set<Long> withdrawn = new HashSet<>();
        for (Attendance line : sheet) {
            Enrolment enrolment = byId.get(line.enrolmentId());
            enrolment.checkVersion(line.version());
            if (line.status() == AttendanceStatus.WITHDRAWN && enrolment.getStatus() != AttendanceStatus.WITHDRAWN) {
                withdrawn.add(enrolment.getParticipant().getId());
            }
            enrolment.recordAttendance(line);
        }
        enrolments.flush();
        announceWithdrawals(activityId, withdrawn);
    }

    /**
     * What the portal learnt about one enrolment from the evaluation: a test score (pre or post), the satisfaction
     * mark of an evaluation answered under the person's name, whether a certificate is in force. Only what is given
     * changes; staff may still type any of them from paper on the attendance sheet.
     */
    @Transactional
    public void recordLearning(long enrolmentId, LearningRecord learning) {
        Enrolment enrolment =
                enrolments.findById(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment", enrolmentId));
        if (learning.preTestScore() != null) {
            enrolment.recordTestScore(false, learning.preTestScore());
        }
        if (learning.postTestScore() != null) {
            enrolment.recordTestScore(true, learning.postTestScore());
        }
        if (learning.satisfaction() != null) {
            enrolment.recordSatisfaction(learning.satisfaction());
        }
        if (learning.certificateIssued() != null) {
            enrolment.recordCertificate(learning.certificateIssued());
        }
    }

    /** "More enrolled than the target" while the enrolments that still count exceed the activity's target. */
    public Optional<String> targetWarning(long activityId) {
        return targetWarning(activities.get(activityId));
    }

    private Optional<String> targetWarning(Activity activity) {
        if (activity.getTargetParticipants() == null) {
            return Optional.empty();
        }
        Long expected = jdbc.queryForObject(
                "select count(*) from enrolment where activity_id = :activity and status in (:expected)",
                Map.of("activity", activity.getId(), "expected", AttendanceStatus.expectedNames()),
                Long.class);
        return expected > activity.getTargetParticipants()
                ? Optional.of(Text.of("participant.enrolment.overTarget", expected, activity.getTargetParticipants()))
                : Optional.empty();
    }

    /** Other activities of this person on overlapping dates (flagged, not refused). */
    private List<String> overlaps(Activity activity, long participantId) {
        if (activity.getStartDate() == null) {
            return List.of();
        }
        return jdbc.query(
                """
                select a.title, a.start_date, a.end_date from enrolment e join activity a on a.id = e.activity_id
                where e.participant_id = :participant and a.id <> :activity and a.start_date is not null
                  and e.status not in ('WITHDRAWN', 'NO_SHOW') and a.status not in ('CANCELLED', 'POSTPONED')
                  and daterange(a.start_date, coalesce(a.end_date, a.start_date), '[]') && daterange(:start, :end, '[]')
                order by a.start_date limit 3""",
                Map.of(
                        "participant",
                        participantId,
                        "activity",
                        activity.getId(),
                        "start",
                        activity.getStartDate(),
                        "end",
                        activity.getEndDate()),
                (rs, n) -> Text.of(
                        "participant.enrolment.overlap",
                        rs.getString("title"),
                        dates.period(
                                rs.getObject("start_date", LocalDate.class),
                                rs.getObject("end_date", LocalDate.class))));
    }
}
