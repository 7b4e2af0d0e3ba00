package org.mekonginstitute.portal.notification;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/** Where a notice stands: sent by e-mail, waiting to be (again), given up on, or kept only in the portal. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum NoticeStatus {
    PENDING("Waiting to be sent", "text-bg-warning"),
    SENT("Sent by e-mail", "text-bg-success"),
    FAILED("Could not be sent", "text-bg-danger"),
    KEPT("Kept in the portal (no mail server)", "text-bg-secondary");

    private final String label;
    /** The Bootstrap badge class that colours this status. */
    private final String badge;
}
