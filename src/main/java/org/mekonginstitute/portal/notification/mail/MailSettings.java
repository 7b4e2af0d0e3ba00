package org.mekonginstitute.portal.notification.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How notices go out by e-mail (the server itself is Spring Boot's {@code spring.mail.*}): the sender's address,
 * how often a notice is tried before it is given up on, and how often the ones not sent yet are tried again.
 */
@ConfigurationProperties("portal.mail")
public record MailSettings(
        @DefaultValue("Mekong Capacity Portal <noreply@mekonginstitute.org>")
        String from,

        @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration retryEvery) {}
