package org.mekonginstitute.portal.reporting.reach;

import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Country;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.ListQuery;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reach of the institute's activities, aggregated in SQL in one statement: people reached and participations
 * by country, year, organisation type and activity type, each by gender. The counting rules, also written on the
 * reports page:
 * <ul>
 *     <li>a <em>participation</em> is an enrolment with the status ATTENDED; invited, registered, confirmed,
 *     no-show and withdrawn enrolments do not count;</li>
 *     <li><em>people reached</em> are the different participants with at least one participation in the filtered
 *     activities: a person attending three activities counts once in people reached and three times in
 *     participations;</li>
 *     <li>only those enrolled in the role PARTICIPANT count (those trained): resource persons, facilitators and
 *     observers do not;</li>
 *     <li>anonymised participants count: they keep their gender, country and organisation type;</li>
 *     <li>an activity's date, which places it in a year and in the filter's date range, is its scheduled start,
 *     else the first month of its planned window.</li>
 * </ul>
 * Results are kept until the data changes ({@link KeptUntilChanged}).
 */
@Component
public class ReachQueries {

    /** The counting rules in one sentence, for exported files, in the reader's language. */
    public static String countingRule() {
        return Text.of("reporting.reach.countingRule");
    }

    /** The part of the portal's data a reach figure reads: attended enrolments of participants. */
    public static final String COUNTED = "e.status = 'ATTENDED' and e.role = 'PARTICIPANT'";
    /** An activity's date (the expression indexed by activity_when_idx). */
    static final String WHEN = "coalesce(a.start_date, a.planned_from)";
    /** Sorting big aggregates in memory rather than in temporary files. */
    private static final String WORK_MEM = "set local work_mem = '32MB'";

    /*
     * Distinct people without count(distinct): each attended enrolment is numbered within its person's year, type
     * and whole record, and a person is counted by their first row of each. Then every breakdown is one pass of
     * hashed grouping sets; people are counted per year in the year rows, per type in the type rows, and once
     * overall in the others (a person has one gender, country and organisation type).
     */
    private static final String SQL = """
            with counted as (
                select e.participant_id, p.gender, p.country, coalesce(p.organisation_type, '') as org_type,
                       a.type as activity_type, extract(year from %s)::int as year
                  from enrolment e
                  join activity a on a.id = e.activity_id
                  join participant p on p.id = e.participant_id
                 %s
            ), numbered as (
                select c.*, row_number() over (partition by participant_id, year) as in_year,
                       row_number() over (partition by participant_id order by year) as overall,
                       row_number() over (partition by participant_id, activity_type) as of_type
                  from counted c
            )
            select case grouping(year, country, org_type, activity_type)
                       when 15 then 'total' when 11 then 'country' when 7 then 'year' when 3 then 'year-country'
                       when 13 then 'organisation-type' when 14 then 'activity-type' end as breakdown,
                   year, country, org_type, activity_type, gender,
                   case when grouping(year) = 0 then count(*) filter (where in_year = 1)
                        when grouping(activity_type) = 0 then count(*) filter (where of_type = 1)
                        else count(*) filter (where overall = 1) end as people,
                   count(*) as participations
              from numbered
             group by grouping sets ((gender), (country, gender), (year, gender), (year, country, gender),
                                     (org_type, gender), (activity_type, gender))
            union all
            select case when grouping(a.type) = 1 then 'activities' else 'type-activities' end, null, null, null,
                   a.type, null, count(*), 0
              from activity a
             %s
             group by rollup (a.type)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final KeptUntilChanged cache;
    private final ReachLedger ledger;
    private final Countries countries;
    /** Position of each country in picker order: the six Mekong countries first, then the rest alphabetically. */
    private final Map<String, Integer> countryOrder = new HashMap<>();

    ReachQueries(NamedParameterJdbcTemplate jdbc, KeptUntilChanged cache, ReachLedger ledger, Countries countries) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.ledger = ledger;
        this.countries = countries;
        List<Country> all = countries.all();
        for (int i = 0; i < all.size(); i++) {
            countryOrder.put(all.get(i).code(), i);
        }
    }

    /**
     * The reach of the activities the filter selects, its rows named in the reader's language (each language's kept
     * apart).
     */
    @Transactional(readOnly = true)
    public Reach reach(ReachFilter filter) {
        return cache.get(List.of("reach", filter, Language.of(LocaleContextHolder.getLocale())), () -> compute(filter));
    }

    /**
     * Every activity, or those of one whole calendar year (the dashboard's), from the figures kept up to date;
     * anything narrower is counted afresh: it covers a part of the data small enough to count.
     */
    private Reach compute(ReachFilter filter) {
        Integer year = wholeYear(filter);
        if (!filter.isEmpty() && year == null) {
            return countFromScratch(filter);
        }
        ledger.catchUp();
        ReachTally tally = new ReachTally(countries, countryOrder);
        for (Map<String, Object> row : ledger.figures(year)) {
            String breakdown = (String) row.get("breakdown");
            for (String as : year == null ? List.of(breakdown) : ofOneYear(breakdown)) {
                tally.add(
                        as,
                        (Integer) row.get("year"),
                        (String) row.get("country"),
                        (String) row.get("org_type"),
                        (String) row.get("activity_type"),
                        (String) row.get("gender"),
                        ((Number) row.get("people")).longValue(),
                        ((Number) row.get("participations")).longValue());
            }
        }
        return tally.reach();
    }

    /** The year when the filter is exactly one calendar year and nothing else. */
    private static Integer wholeYear(ReachFilter filter) {
        LocalDate from = filter.from();
        boolean onlyDates = filter.project() == null && filter.department() == null && filter.donor() == null;
        return onlyDates
                        && from != null
                        && from.getDayOfYear() == 1
                        && from.withDayOfYear(from.lengthOfYear()).equals(filter.to())
                ? from.getYear()
                : null;
    }

    /** What a kept figure of one year is in the report of that year alone. */
    private static List<String> ofOneYear(String breakdown) {
        return switch (breakdown) {
            case "year" -> List.of("total", "year");
            case "year-country" -> List.of("country", "year-country");
            case "year-organisation-type" -> List.of("organisation-type");
            case "year-activity-type" -> List.of("activity-type");
            case "year-activities" -> List.of("activities");
            case "year-type-activities" -> List.of("type-activities");
            default -> List.of();
        };
    }

    /** The reach counted from every attended enrolment the filter selects. */
    Reach countFromScratch(ReachFilter filter) {
        ListQuery enrolments = activityConditions(filter).where(COUNTED);
        ListQuery activities = activityConditions(filter)
                .where("exists (select 1 from enrolment e where e.activity_id = a.id and " + COUNTED + ")");
        jdbc.getJdbcTemplate().execute(WORK_MEM);
        ReachTally tally = new ReachTally(countries, countryOrder);
        jdbc.query(SQL.formatted(WHEN, enrolments.whereClause(), activities.whereClause()), activities.params(), rs -> {
            tally.add(
                    rs.getString("breakdown"),
                    (Integer) rs.getObject("year"),
                    rs.getString("country"),
                    rs.getString("org_type"),
                    rs.getString("activity_type"),
                    rs.getString("gender"),
                    rs.getLong("people"),
                    rs.getLong("participations"));
        });
        return tally.reach();
    }

    /** The filter as conditions on {@code activity a}. */
    static ListQuery activityConditions(ReachFilter filter) {
        ListQuery query = new ListQuery();
        if (filter.project() != null) {
            query.where("a.project_id = :project", "project", filter.project());
        }
        if (filter.department() != null) {
            query.where(
                    "a.project_id in (select pd.id from project pd where pd.department_id = :department)",
                    "department",
                    filter.department());
        }
        if (filter.donor() != null) {
            query.where(
                    "a.project_id in (select f.project_id from funding f where f.donor_id = :donor)",
                    "donor",
                    filter.donor());
        }
        if (filter.from() != null) {
            query.where(WHEN + " >= :from", "from", filter.from());
        }
        if (filter.to() != null) {
            query.where(WHEN + " <= :to", "to", filter.to());
        }
        return query;
    }
}
