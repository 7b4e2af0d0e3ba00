package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.participant.ParticipantsPageSection;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The applications on an activity's participants page: the counts, and the first ones waiting for a decision with
 * the people they may already be in the registry, to decide there; the full list is on the applications page.
 */
@Component
@RequiredArgsConstructor
class ApplicationsSection implements ParticipantsPageSection {

    static final int SHOWN = 10;

    private final Applications applications;

    @Override
    public Optional<Section> of(long activityId) {
        return applications
                .overview(activityId)
                .map(overview -> new Section(
                        "registration/applications-section",
                        Map.of(
                                "overview", overview,
                                "waiting", applications.waiting(activityId, SHOWN),
                                "activityId", activityId)));
    }
}
