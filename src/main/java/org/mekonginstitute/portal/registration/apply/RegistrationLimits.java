package org.mekonginstitute.portal.registration.apply;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much the public forms take before they refuse: submissions per hour from one address and through one link
 * (on top of the registration's own limit of applications per link).
 */
@Getter
@Setter
@ConfigurationProperties("portal.registration")
public class RegistrationLimits {

    /** Submissions from one address in an hour, whatever the link. */
    private int submissionsPerAddress = 30;

    /** Submissions through one link in an hour, from all addresses together. */
    private int submissionsPerLink = 120;
}
