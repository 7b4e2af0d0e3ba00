package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.reporting.reach.Reach;

import java.math.BigDecimal;
import java.util.List;

/**
 * Who the filtered activities reached, by the reach report's counting rules: a participation is an attended
 * enrolment as participant; people reached are the different people with at least one. A person counts once in
 * each row they belong to, so a total can be less than the sum of its rows.
 */
public record ReachJson(
        Figures total,
        long activities,
        List<Row> byCountry,
        List<Year> byYear,
        List<Row> byOrganisationType,
        List<TypeRow> byActivityType) {

    /**
     * People reached by gender, and participations.
     *
     * @param shareOfWomen women ÷ people reached, four decimals; null when nobody was reached
     */
    public record Figures(
            long people,
            long women,
            long men,
            long other,
            long undisclosed,
            long participations,
            BigDecimal shareOfWomen) {

        static Figures of(Reach.Figures f) {
            return new Figures(
                    f.people(), f.women(), f.men(), f.other(), f.undisclosed(), f.participations(), f.shareOfWomen());
        }
    }

    /** A line of a breakdown: a country code or a type's name ("" for not recorded), its label and figures. */
    public record Row(String key, String label, Figures figures) {
        static Row of(Reach.Row row) {
            return new Row(row.key(), row.label(), Figures.of(row.figures()));
        }
    }

    /** An activity type, with its activities that had participations. */
    public record TypeRow(String key, String label, long activities, Figures figures) {}

    /** One year of the activities' dates, with its countries. */
    public record Year(int year, Figures figures, List<Row> countries) {}

    static ReachJson of(Reach reach) {
        return new ReachJson(
                Figures.of(reach.total()),
                reach.activities(),
                reach.byCountry().stream().map(Row::of).toList(),
                reach.byYear().stream()
                        .map(y -> new Year(
                                y.year(),
                                Figures.of(y.figures()),
                                y.countries().stream().map(Row::of).toList()))
                        .toList(),
                reach.byOrganisationType().stream().map(Row::of).toList(),
                reach.byActivityType().stream()
                        .map(t -> new TypeRow(t.key(), t.label(), t.activities(), Figures.of(t.figures())))
                        .toList());
    }
}
