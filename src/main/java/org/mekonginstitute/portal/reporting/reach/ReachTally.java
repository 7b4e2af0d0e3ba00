package org.mekonginstitute.portal.reporting.reach;

import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.reporting.reach.Reach.Figures;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Gathers the few hundred aggregate rows of a reach count (one per group and gender) into the report's shape. */
final class ReachTally {

    private final Countries countries;
    /** Position of each country in picker order. */
    private final Map<String, Integer> countryOrder;

    /** Per group key ("total", "country:TH", "year:2024", "year-country:2024:TH", ...): the gender counts. */
    private final Map<String, long[]> counts = new HashMap<>();

    private final Map<String, Long> activityCounts = new HashMap<>();
    private final Set<String> countryCodes = new HashSet<>();
    private final Map<Integer, Set<String>> yearCountries = new TreeMap<>();
    private final Set<String> organisationTypes = new HashSet<>();
    private final Set<String> activityTypes = new HashSet<>();

    ReachTally(Countries countries, Map<String, Integer> countryOrder) {
        this.countries = countries;
        this.countryOrder = countryOrder;
    }

    void add(
            String breakdown,
            Integer year,
            String country,
            String orgType,
            String activityType,
            String gender,
            long people,
            long participations) {
        switch (breakdown) {
            case "activities" -> activityCounts.put("", people);
            case "type-activities" -> activityCounts.put(activityType, people);
            case "total" -> count("total", gender, people, participations);
            case "country" -> {
                countryCodes.add(country);
                count("country:" + country, gender, people, participations);
            }
            case "year" -> {
                yearCountries.computeIfAbsent(year, y -> new HashSet<>());
                count("year:" + year, gender, people, participations);
            }
            case "year-country" -> {
                yearCountries.computeIfAbsent(year, y -> new HashSet<>()).add(country);
                count("year-country:" + year + ":" + country, gender, people, participations);
            }
            case "organisation-type" -> {
                organisationTypes.add(orgType);
                count("organisation-type:" + orgType, gender, people, participations);
            }
            case "activity-type" -> {
                activityTypes.add(activityType);
                count("activity-type:" + activityType, gender, people, participations);
            }
            default -> throw new IllegalStateException("Unknown breakdown " + breakdown);
        }
    }

    private void count(String key, String gender, long people, long participations) {
        long[] c = counts.computeIfAbsent(key, k -> new long[5]);
        c[
                switch (Gender.valueOf(gender)) {
                    case FEMALE -> 0;
                    case MALE -> 1;
                    case OTHER -> 2;
                    case UNDISCLOSED -> 3;
                }] += people;
        c[4] += participations;
    }

    Reach reach() {
        List<Reach.YearRow> years = new ArrayList<>();
        yearCountries.forEach((year, codes) -> years.add(
                new Reach.YearRow(year, figures("year:" + year), countryRows("year-country:" + year + ":", codes))));
        List<Reach.Row> organisationRows = new ArrayList<>();
        for (OrganisationType type : OrganisationType.values()) {
            if (organisationTypes.contains(type.name())) {
                organisationRows.add(
                        new Reach.Row(type.name(), type.label(), figures("organisation-type:" + type.name())));
            }
        }
        if (organisationTypes.contains("")) {
            organisationRows.add(
                    new Reach.Row("", Text.of("reporting.reach.notRecorded"), figures("organisation-type:")));
        }
        List<Reach.TypeRow> typeRows = new ArrayList<>();
        for (ActivityType type : ActivityType.values()) {
            if (activityTypes.contains(type.name())) {
                typeRows.add(new Reach.TypeRow(
                        type.name(),
                        type.label(),
                        activityCounts.getOrDefault(type.name(), 0L),
                        figures("activity-type:" + type.name())));
            }
        }
        return new Reach(
                figures("total"),
                activityCounts.getOrDefault("", 0L),
                countryRows("country:", countryCodes),
                List.copyOf(years),
                List.copyOf(organisationRows),
                List.copyOf(typeRows));
    }

    private List<Reach.Row> countryRows(String prefix, Set<String> codes) {
        return codes.stream()
                .sorted(Comparator.comparing((String code) -> countryOrder.getOrDefault(code, Integer.MAX_VALUE))
                        .thenComparing(Comparator.naturalOrder()))
                .map(code -> new Reach.Row(code, countries.name(code), figures(prefix + code)))
                .toList();
    }

    private Figures figures(String key) {
        long[] c = counts.get(key);
        return c == null ? Figures.NONE : new Figures(c[0], c[1], c[2], c[3], c[4]);
    }
}
