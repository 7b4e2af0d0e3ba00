package org.mekonginstitute.portal.participant;

import java.util.Set;

/**
 * People no longer expected in an activity: their enrolments were set to withdrawn or removed. Published inside the
 * transaction that did it, for the modules that hand on the places they held (online registration's waiting list).
 */
public record EnrolmentsWithdrawn(long activityId, Set<Long> participantIds) {}
