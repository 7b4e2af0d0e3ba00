package org.mekonginstitute.portal.reporting;

/**
 * Where an indicator's actual value comes from: reported by hand with dates, or computed from what the portal
 * already holds about the project's activities. Each computed source is defined in one sentence, shown on the
 * page beside the figure.
 */
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
    private final String defaultUnit;
    private final boolean percentage;
    private final String definition;

    IndicatorSource(String label, String defaultUnit, boolean percentage, String definition) {
        this.label = label;
        this.defaultUnit = defaultUnit;
        this.percentage = percentage;
        this.definition = definition;
    }

    public String label() {
        return label;
    }

    /** The unit a computed indicator reports in; blank for manual ones, whose unit is typed. */
    public String defaultUnit() {
        return defaultUnit;
    }

    /** Values between 0 and 100. */
    public boolean percentage() {
        return percentage;
    }

    public String definition() {
        return definition;
    }

    public boolean computed() {
        return this != MANUAL;
    }
}
