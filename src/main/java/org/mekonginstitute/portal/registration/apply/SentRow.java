package org.mekonginstitute.portal.registration.apply;

import org.mekonginstitute.portal.registration.model.ApplicationStatus;

import java.time.Instant;

/** One application sent through a partner's link, as its focal point sees it again. */
public record SentRow(
        String reference,
        String name,
        String position,
        String organisation,
        Instant sentAt,
        ApplicationStatus status) {}
