package org.mekonginstitute.portal.api.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The API's limits (README "JSON API"): how many calls one token may make, as a bucket of {@code burst} calls that
 * refills at {@code requestsPerMinute}.
 */
@ConfigurationProperties("portal.api.rate-limit")
public record ApiProperties(int requestsPerMinute, int burst) {

    public ApiProperties {
        requestsPerMinute = requestsPerMinute <= 0 ? 120 : requestsPerMinute;
        burst = burst <= 0 ? 60 : burst;
    }
}
