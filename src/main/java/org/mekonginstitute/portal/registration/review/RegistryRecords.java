package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.AttendanceStatus;
import org.mekonginstitute.portal.participant.DuplicateMatch;
import org.mekonginstitute.portal.participant.EnrolmentRole;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.registration.model.Application;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * An accepted application in the registry: the person staff chose is linked, or a new record is made (with the
 * same rules as the registry's own form), and enrolled in the activity as a participant.
 */
@Component
@RequiredArgsConstructor
class RegistryRecords {

    private final ParticipantService participants;
    private final EnrolmentService enrolments;

    /**
     * The record to link: the one chosen ({@code chosen}, which must still exist), or a new one. When nobody chose
     * (a place freed for the waiting list) the record with the application's email is taken, as the registry allows
     * one person per email.
     */
    long recordFor(Application application, Long chosen, boolean chosenByStaff) {
        if (chosen != null) {
            return participants.get(chosen).getId();
        }
        if (!chosenByStaff && application.getEmail() != null) {
            List<DuplicateMatch> matches = participants
                    .probableDuplicates(List.of(application.details()))
                    .get(0);
            for (DuplicateMatch match : matches) {
                if (match.sameEmail()) {
                    return match.id();
                }
            }
        }
        return participants.create(application.details(), true).getId();
    }

    /** Enrols the accepted person as a participant; true when they were not enrolled already. */
    boolean enrol(Application application, String by) {
        return enrolments.enrolAll(
                        application.getActivity().getId(),
                        List.of(application.getParticipantId()),
                        EnrolmentRole.PARTICIPANT,
                        AttendanceStatus.REGISTERED,
                        by)
                > 0;
    }

    long expected(long activityId) {
        return enrolments.expectedParticipants(activityId);
    }

    /** Marks the accepted person's enrolment withdrawn (the place frees through the participant module's event). */
    boolean withdraw(Application application) {
        return enrolments.changeStatusOf(
                application.getActivity().getId(), application.getParticipantId(), AttendanceStatus.WITHDRAWN);
    }
}
