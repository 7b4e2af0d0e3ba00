package org.mekonginstitute.portal.notification;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

/** Where a notice stands: sent by e-mail, waiting to be (again), given up on, or kept only in the portal. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum NoticeStatus implements Labelled {
    PENDING("text-bg-warning"),
    SENT("text-bg-success"),
    FAILED("text-bg-danger"),
    KEPT("text-bg-secondary");

    /** The Bootstrap badge class that colours this status. */
    private final String badge;
}
