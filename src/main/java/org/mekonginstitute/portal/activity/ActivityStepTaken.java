package org.mekonginstitute.portal.activity;

import java.time.Instant;

/**
 * A review step was taken on an activity (submitted, approved, returned...): published inside the transaction that
 * took it, for the modules that tell people about it. This module knows none of them.
 */
public record ActivityStepTaken(
        long activityId,
        ReviewAction action,
        ActivityStatus from,
        ActivityStatus to,
        String comment,
        String takenBy,
        Instant at) {}
