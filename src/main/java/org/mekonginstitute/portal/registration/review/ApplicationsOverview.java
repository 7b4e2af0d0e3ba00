package org.mekonginstitute.portal.registration.review;

import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.registration.model.Places;
import org.mekonginstitute.portal.registration.model.Registration;

import java.util.Map;

/** An activity's registration at a glance: its settings, its places, and how many applications stand where. */
public record ApplicationsOverview(Registration registration, Places places, Map<ApplicationStatus, Long> counts) {

    public long count(ApplicationStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    public long waitingForReview() {
        return count(ApplicationStatus.SUBMITTED);
    }

    public long onWaitingList() {
        return count(ApplicationStatus.WAITING_LIST);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
