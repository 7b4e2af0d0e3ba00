package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.EnrolmentsWithdrawn;
import org.mekonginstitute.portal.participant.ParticipantsMerged;
import org.mekonginstitute.portal.registration.model.Application;
import org.mekonginstitute.portal.registration.model.ApplicationRepository;
import org.mekonginstitute.portal.registration.model.Places;
import org.mekonginstitute.portal.registration.model.Registration;
import org.mekonginstitute.portal.registration.model.RegistrationRepository;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Places that become free go to the waiting list in order: when an accepted person withdraws (their enrolment is
 * set to withdrawn or removed, wherever that is done), when an accepted application is declined, or when places are
 * added. Each moves the first on the list up while a place is free, in the transaction that freed it.
 */
@Component
@RequiredArgsConstructor
public class WaitingList {

    private final ApplicationRepository applications;
    private final RegistrationRepository registrations;
    private final RegistryRecords registry;
    private final DecisionNotices notices;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditorAware<String> auditor;
    private final Clock clock;

    /** Accepts the first on the waiting list while places are free; returns how many moved up. */
    @Transactional
    public int moveUp(long activityId) {
        Optional<Registration> registration = registrations.lockByActivity(activityId);
        if (registration.isEmpty()) {
            return 0;
        }
        String by = auditor.getCurrentAuditor().orElse("system");
        long taken = registry.expected(activityId);
        int moved = 0;
        for (Application next : applications.findWaiting(activityId)) {
            Places places = registration.get().places(taken);
            if (places.full()) {
                break;
            }
            next.accept(places, () -> registry.recordFor(next, next.getParticipantId(), false), by, Instant.now(clock));
            if (registry.enrol(next, by)) {
                taken++;
            }
            applications.flush();
            notices.decided(next, true);
            moved++;
        }
        return moved;
    }

    /** Accepted people no longer expected: their applications are withdrawn and their places move up the list. */
    @EventListener
    void on(EnrolmentsWithdrawn withdrawn) {
        Instant now = Instant.now(clock);
        applications
                .findAccepted(withdrawn.activityId(), withdrawn.participantIds())
                .forEach(application -> application.withdraw(now));
        applications.flush();
        moveUp(withdrawn.activityId());
    }

    /** A merged-away record: applications that point to it now point to the record kept. */
    @EventListener
    void on(ParticipantsMerged merged) {
        jdbc.update(
                "update application set participant_id = :kept, version = version + 1 where participant_id = :removed",
                Map.of("kept", merged.keptId(), "removed", merged.removedId()));
    }
}
