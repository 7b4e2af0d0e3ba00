package org.mekonginstitute.portal.organisation;

import lombok.Getter;

/** The name is already registered (ignoring case and surrounding spaces). */
@Getter
public class DuplicateOrganisationException extends RuntimeException {

    private final long existingId;
    private final String existingName;

    DuplicateOrganisationException(Organisation existing) {
        super("Already registered as " + existing.displayName());
        this.existingId = existing.getId();
        this.existingName = existing.displayName();
    }
}
