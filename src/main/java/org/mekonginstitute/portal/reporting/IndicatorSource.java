package org.mekonginstitute.portal.reporting;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * Where an indicator's actual value comes from: reported by hand with dates, or computed from what the portal
 * already holds about the project's activities. Each computed source is defined in one sentence, shown on the
 * page beside the figure.
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum IndicatorSource {
    MANUAL("Reported by hand", "", false, "The latest value reported, by date."),
    PARTICIPANTS_TRAINED(
            "Participants trained",
            "people",
            false,
            "Distinct people with an attended enrolment as participant in the project's activities; a person trained"
                    + " in several activities counts once. Resource persons, facilitators and observers are not counted."),
    WOMEN_SHARE("Share of women trained", "%", true, "Women among the participants trained, as a percentage."),
    COUNTRIES_REACHED("Countries reached", "countries", false, "Distinct countries of the participants trained."),
    AVERAGE_TEST_GAIN(
            "Average test gain",
            "points",
            false,
            "The average of post-test minus pre-test score over attended enrolments that have both scores."),
    SATISFIED_SHARE(
            "Share rating the activity 4 or 5",
            "%",
            true,
            "Participants who rated their activity 4 or 5 out of 5, as a percentage of those who rated it: the"
                    + " mean of their evaluation ratings, answered online (named or anonymous) or typed from paper."),
    ACTION_PLANS_COMPLETED(
            "Action plans completed",
            "action plans",
            false,
            "Action plans of the project's activities whose status is Completed."),
    ACTIVITIES_COMPLETED(
            "Activities completed vs planned",
            "%",
            true,
            "Completed activities as a percentage of all the project's activities that are not cancelled.");

    private final String label;

    /** The unit a computed indicator reports in; blank for manual ones, whose unit is typed. */
    private final String defaultUnit;

    /** Values between 0 and 100. */
    private final boolean percentage;

    /** What the figure counts, in one sentence shown beside it. */
    private final String definition;

    /** The portal works the value out; only a manual indicator has values reported by hand. */
    public boolean computed() {
        return this != MANUAL;
    }
}
