package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.EnrolmentService;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.registration.model.RegistrationRepository;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Reads an activity's applications for staff: the overview, and the list a page at a time. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Applications {

    private final RegistrationRepository registrations;
    private final ApplicationQueries queries;
    private final EnrolmentService enrolments;

    /** The overview, or empty when registration was never opened on the activity. */
    public Optional<ApplicationsOverview> overview(long activityId) {
        return registrations
                .findByActivity(activityId)
                .map(registration -> new ApplicationsOverview(
                        registration,
                        registration.places(enrolments.expectedParticipants(activityId)),
                        queries.counts(activityId)));
    }

    /** A page (from 1) of the applications, optionally of one status, oldest first. */
    public Page<ApplicationRow> page(long activityId, ApplicationStatus status, int page) {
        return queries.page(activityId, status, Math.max(page, 1) - 1, ApplicationQueries.PAGE_SIZE);
    }

    /** The first applications waiting for a decision, for the participants page. */
    public Page<ApplicationRow> waiting(long activityId, int size) {
        return queries.page(activityId, ApplicationStatus.SUBMITTED, 0, size);
    }
}
