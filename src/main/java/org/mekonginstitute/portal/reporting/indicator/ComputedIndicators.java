package org.mekonginstitute.portal.reporting.indicator;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.reporting.IndicatorSource;
import org.mekonginstitute.portal.reporting.LearningFigures;
import org.mekonginstitute.portal.reporting.reach.ReachQueries;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every computed indicator of a project, read in one statement from its activities, enrolments and action plans
 * (definitions: {@link IndicatorSource}). Those trained are counted as the reach reports count people reached
 * ({@link ReachQueries#COUNTED}); anonymised participants keep their gender and country, so they count.
 */
@Component
@RequiredArgsConstructor
public class ComputedIndicators {

    private static final String SQL = """
            with acts as (
                select a.id, a.status from activity a where a.project_id = :project
            ), trained as (
                select e.participant_id, p.gender, p.country, e.pre_test_score, e.post_test_score
                from enrolment e join acts on acts.id = e.activity_id join participant p on p.id = e.participant_id
                where %s
            )
            select (select count(distinct participant_id) from trained) as trained,
                   (select count(distinct participant_id) from trained where gender = 'FEMALE') as women,
                   (select count(distinct country) from trained) as countries,
                   (select avg(post_test_score - pre_test_score) from trained
                     where pre_test_score is not null and post_test_score is not null) as test_gain,
                   (select count(*) from action_plan ap join acts on acts.id = ap.activity_id
                     where ap.status = 'COMPLETED') as plans_completed,
                   (select count(*) from acts where status = 'COMPLETED') as activities_completed,
                   (select count(*) from acts where status <> 'CANCELLED') as activities_planned""".formatted(ReachQueries.COUNTED);

    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectProvider<LearningFigures> learning;

    /** The figures behind the computed indicators of one project. */
    public record Figures(
            long trained,
            long women,
            long countries,
            BigDecimal testGain,
            long plansCompleted,
            long activitiesCompleted,
            long activitiesPlanned,
            long rated,
            long satisfied) {

        /** Each computed source's value; absent where there is nothing to compute from (no one trained yet...). */
        public Map<IndicatorSource, ComputedValue> values() {
            Map<IndicatorSource, ComputedValue> values = new EnumMap<>(IndicatorSource.class);
            values.put(IndicatorSource.PARTICIPANTS_TRAINED, new ComputedValue(BigDecimal.valueOf(trained), null));
            values.put(
                    IndicatorSource.WOMEN_SHARE,
                    new ComputedValue(
                            percent(women, trained),
                            Text.of("reporting.source.detail.women", String.valueOf(women), String.valueOf(trained))));
            values.put(IndicatorSource.COUNTRIES_REACHED, new ComputedValue(BigDecimal.valueOf(countries), null));
            values.put(
                    IndicatorSource.AVERAGE_TEST_GAIN,
                    new ComputedValue(testGain == null ? null : testGain.setScale(1, RoundingMode.HALF_UP), null));
            values.put(
                    IndicatorSource.SATISFIED_SHARE,
                    new ComputedValue(
                            percent(satisfied, rated),
                            Text.of(
                                    "reporting.source.detail.rated",
                                    String.valueOf(satisfied),
                                    String.valueOf(rated))));
            values.put(
                    IndicatorSource.ACTION_PLANS_COMPLETED,
                    new ComputedValue(BigDecimal.valueOf(plansCompleted), null));
            values.put(
                    IndicatorSource.ACTIVITIES_COMPLETED,
                    new ComputedValue(
                            percent(activitiesCompleted, activitiesPlanned),
                            Text.of(
                                    "reporting.source.detail.activities",
                                    String.valueOf(activitiesCompleted),
                                    String.valueOf(activitiesPlanned))));
            return values;
        }

        private static BigDecimal percent(long part, long whole) {
            return whole == 0
                    ? null
                    : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        }
    }

    @Transactional(readOnly = true)
    public Figures of(long projectId) {
        long[] ratings = {0, 0};
        learning.ifAvailable(figures -> figures.ofProject(projectId).forEach(a -> {
            ratings[0] += a.rated();
            ratings[1] += a.satisfied();
        }));
        return jdbc.queryForObject(
                SQL,
                Map.of("project", projectId),
                (rs, n) -> new Figures(
                        rs.getLong("trained"),
                        rs.getLong("women"),
                        rs.getLong("countries"),
                        rs.getBigDecimal("test_gain"),
                        rs.getLong("plans_completed"),
                        rs.getLong("activities_completed"),
                        rs.getLong("activities_planned"),
                        ratings[0],
                        ratings[1]));
    }
}
