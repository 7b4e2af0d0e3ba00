package org.mekonginstitute.portal.notification;

import java.time.Instant;

/** A notice as the notice pages list it. */
public record NoticeRow(
        long id,
        String email,
        String name,
        String subject,
        String body,
        String link,
        NoticeStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {}
