package org.mekonginstitute.portal.organisation;

import lombok.Builder;

/**
 * What the register says of a donor or partner: its name and acronym, what kind of body it is, its country,
 * website and notes.
 *
 * @param version the version of the organisation the form was opened at (ignored when registering)
 */
@Builder
public record OrganisationProfile(
        String name,
        String acronym,
        OrganisationType type,
        String country,
        String website,
        String notes,
        long version) {}
