package org.mekonginstitute.portal.organisation;

import lombok.Getter;
import org.mekonginstitute.portal.shared.Text;

/** The name is already registered (ignoring case and surrounding spaces). */
@Getter
public class DuplicateOrganisationException extends RuntimeException {

    private final long existingId;
    private final String existingName;

    DuplicateOrganisationException(Organisation existing) {
        super(Text.of("organisation.duplicate", existing.displayName()));
        this.existingId = existing.getId();
        this.existingName = existing.displayName();
    }
}
