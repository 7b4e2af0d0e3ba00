package org.mekonginstitute.portal.participant;

import java.util.Map;
import java.util.Optional;

/**
 * A part another module adds to an activity's participants page (this module knows none of them), e.g. the
 * applications that came in through online registration: a Thymeleaf fragment and the values it shows.
 */
public interface ParticipantsPageSection {

    /** The section for this activity, or empty when there is nothing to show. */
    Optional<Section> of(long activityId);

    /**
     * A fragment {@code template :: section(values)}, rendered with the values the module read for it.
     *
     * @param template the template holding a fragment named {@code section} with one parameter
     */
    record Section(String template, Map<String, Object> values) {}
}
