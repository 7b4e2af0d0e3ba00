package org.mekonginstitute.portal.reporting.reach;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Who the filtered activities reached, from attended enrolments (see {@link ReachQueries} for the counting
 * rules): the totals, and the people reached by country, by year and country, by organisation type and by
 * activity type, each split by gender.
 *
 * <p>A person is counted once in each row they belong to: someone who attended in 2024 and in 2025 counts once in
 * each year and once in the total, so totals can be less than the sum of their rows. Each person has one
 * country, gender and organisation type, so those rows do add up to the total.
 *
 * @param total                people reached and participations in all the filtered activities
 * @param activities           activities with at least one participation
 * @param byCountry            all years together, per participant's country
 * @param byYear               per year of the activity's date, each with its countries
 * @param byOrganisationType   per type of the participant's organisation ("Not recorded" last)
 * @param byActivityType       per activity type, with the number of activities of that type
 */
public record Reach(
        Figures total,
        long activities,
        List<Row> byCountry,
        List<YearRow> byYear,
        List<Row> byOrganisationType,
        List<TypeRow> byActivityType) {

    /** People reached by gender, and participations (attended enrolments). */
    public record Figures(long women, long men, long other, long undisclosed, long participations) {

        public static final Figures NONE = new Figures(0, 0, 0, 0, 0);

        /** Different people reached: each person has one gender, so this is the sum of the four. */
        public long people() {
            return women + men + other + undisclosed;
        }

        /** Women ÷ people reached, as a fraction with four decimals (0.4815); null when nobody was reached. */
        public BigDecimal shareOfWomen() {
            long people = people();
            return people == 0
                    ? null
                    : BigDecimal.valueOf(women).divide(BigDecimal.valueOf(people), 4, RoundingMode.HALF_UP);
        }
    }

    /** One line of a breakdown: its key (country code, type name; "" for not recorded), label and figures. */
    public record Row(String key, String label, Figures figures) {}

    /** An activity type's line: its activities with participations besides the people reached. */
    public record TypeRow(String key, String label, long activities, Figures figures) {}

    /** One year (of the activities' dates) with its countries. */
    public record YearRow(int year, Figures figures, List<Row> countries) {}

    public boolean isEmpty() {
        return total.participations() == 0;
    }
}
