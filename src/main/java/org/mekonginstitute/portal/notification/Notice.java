package org.mekonginstitute.portal.notification;

import java.util.Objects;

/**
 * A message for one person: to their e-mail address, with a subject and a plain-text body. {@code link} is the
 * portal page it is about (e.g. {@code /activities/12}), shown beside the notice in the portal; null when the
 * recipient has no account (an applicant).
 */
public record Notice(String email, String name, String subject, String body, String link) {

    public Notice {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (email.isBlank()) {
            throw new IllegalArgumentException("A notice needs an e-mail address");
        }
    }
}
