package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationRepository;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.registration.model.DecisionRefused;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationRepository;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * What staff decide on an application: accept it (the person linked to the record chosen, or a new one, and
 * enrolled), put it on the waiting list, decline it with a reason, or withdraw an accepted person. A decision taken
 * on an application someone else decided on since the page was opened is refused (its version); places are counted
 * with the activity's registration locked, so two people accepting at once cannot exceed them. Every decision is in
 * the audit trail (the application's table is audited) and told to the applicant.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Decisions {

    private final ApplicationRepository applications;
    private final RegistrationRepository registrations;
    private final RegistryRecords registry;
    private final WaitingList waitingList;
    private final DecisionNotices notices;
    private final AuditorAware<String> auditor;
    private final Clock clock;

    /** Accepts the application; {@code participantId} is the registry record chosen, null for a new one. */
    @Transactional
    public Application accept(long activityId, long applicationId, long version, Long participantId) {
        Registration registration = lockRegistration(activityId);
        Application application = find(activityId, applicationId, version);
        String by = by();
        application.accept(
                registration.places(registry.expected(activityId)),
                () -> registry.recordFor(application, participantId, true),
                by,
                now());
        registry.enrol(application, by);
        applications.flush();
        notices.decided(application, false);
        return application;
    }

    /** Puts the application on the waiting list, with the registry record to link when a place frees. */
    @Transactional
    public Application putOnWaitingList(long activityId, long applicationId, long version, Long participantId) {
        lockRegistration(activityId);
        Application application = find(activityId, applicationId, version);
        Long chosen = participantId == null ? null : registry.recordFor(application, participantId, true);
        application.putOnWaitingList(chosen, by(), now());
        applications.flush();
        notices.decided(application, false);
        return application;
    }

    /** Declines the application with the reason; an accepted person's place goes to the waiting list. */
    @Transactional
    public Application decline(long activityId, long applicationId, long version, String reason) {
        lockRegistration(activityId);
        Application application = find(activityId, applicationId, version);
        boolean heldPlace = application.holdsPlace();
        application.decline(reason, by(), now());
        applications.flush();
        notices.decided(application, false);
        if (heldPlace && !registry.withdraw(application)) {
            waitingList.moveUp(activityId); // not enrolled any more: no withdrawal to announce the free place
        }
        return application;
    }

    /** An accepted person no longer comes: their enrolment is withdrawn and the place moves up the waiting list. */
    @Transactional
    public Application withdraw(long activityId, long applicationId, long version) {
        lockRegistration(activityId);
        Application application = find(activityId, applicationId, version);
        if (application.getStatus() != ApplicationStatus.ACCEPTED) {
            throw new DecisionRefused(Text.of("registration.decision.withdraw.notAccepted"));
        }
        if (!registry.withdraw(application)) {
            application.withdraw(now());
            applications.flush();
            waitingList.moveUp(activityId);
        }
        return application;
    }

    private Registration lockRegistration(long activityId) {
        return registrations
                .lockByActivity(activityId)
                .orElseThrow(() -> new NotFoundException("Registration of activity", activityId));
    }

    private Application find(long activityId, long applicationId, long version) {
        Application application = applications
                .findDetailed(applicationId)
                .filter(a -> a.getActivity().getId() == activityId)
                .orElseThrow(() -> new NotFoundException("Application", applicationId));
        application.checkVersion(version);
        return application;
    }

    private String by() {
        return auditor.getCurrentAuditor().orElse("system");
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
