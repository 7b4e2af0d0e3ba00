package org.mekonginstitute.portal.evaluation.results;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.evaluation.questionnaire.ItemKind;
import org.mekonginstitute.portal.evaluation.questionnaire.Round;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an activity's results in a fixed number of statements, however many people answered. */
@Component
@RequiredArgsConstructor
public class ResultsQueries {

    /** Score bands of the distributions, in per cent: the last one includes 100. */
    static final int[][] BANDS = {{0, 20}, {20, 40}, {40, 60}, {60, 80}, {80, 101}};

    private final NamedParameterJdbcTemplate jdbc;

    @Transactional(readOnly = true)
    public ActivityResults of(long activityId) {
        Map<String, Object> activity = Map.of("activity", activityId);
        long participants = jdbc.queryForObject(
                "select count(*) from enrolment e where e.activity_id = :activity and " + AnswerLinks.ANSWERING,
                activity,
                Long.class);
        Map<Round, Long> answered = new EnumMap<>(Round.class);
        jdbc.query("""
                select a.round, count(*) as n from answered a join enrolment e on e.id = a.enrolment_id
                where e.activity_id = :activity group by a.round""", activity, rs -> {
            answered.put(Round.valueOf(rs.getString("round")), rs.getLong("n"));
        });
        List<BigDecimal[]> scores = jdbc.query("""
                select e.pre_test_score, e.post_test_score from enrolment e
                where e.activity_id = :activity and %s""".formatted(AnswerLinks.ANSWERING), activity, (rs, n) ->
                new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)});
        long[] satisfaction = satisfaction(activity);
        return new ActivityResults(
                participants,
                answered,
                bands(scores),
                gain(scores),
                items(activity),
                ratings(activity),
                open(activity),
                satisfaction[0],
                satisfaction[1]);
    }

    private static List<ActivityResults.Band> bands(List<BigDecimal[]> scores) {
        List<ActivityResults.Band> bands = new ArrayList<>();
        for (int[] band : BANDS) {
            long before = scores.stream().filter(s -> in(s[0], band)).count();
            long after = scores.stream().filter(s -> in(s[1], band)).count();
            String label = band[1] > 100 ? band[0] + "–100" : band[0] + "–" + (band[1] - 1);
            bands.add(new ActivityResults.Band(label, band[0], Math.min(band[1], 100), before, after));
        }
        return bands;
    }

    private static boolean in(BigDecimal score, int[] band) {
        return score != null
                && score.compareTo(BigDecimal.valueOf(band[0])) >= 0
                && score.compareTo(BigDecimal.valueOf(band[1])) < 0;
    }

    private static ActivityResults.Gain gain(List<BigDecimal[]> scores) {
        List<BigDecimal[]> pairs =
                scores.stream().filter(s -> s[0] != null && s[1] != null).toList();
        if (pairs.isEmpty()) {
            return new ActivityResults.Gain(0, null, null, null);
        }
        BigDecimal n = BigDecimal.valueOf(pairs.size());
        BigDecimal before = pairs.stream().map(s -> s[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal after = pairs.stream().map(s -> s[1]).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new ActivityResults.Gain(
                pairs.size(),
                before.divide(n, 1, RoundingMode.HALF_UP),
                after.divide(n, 1, RoundingMode.HALF_UP),
                after.subtract(before).divide(n, 1, RoundingMode.HALF_UP));
    }

    private List<ActivityResults.ItemResult> items(Map<String, Object> activity) {
        return jdbc.query(
                """
                select i.position, i.text, i.options, i.kind, i.correct,
                       count(a.sheet_id) filter (where s.round = 'PRE_TEST') as answered_before,
                       count(a.sheet_id) filter (where s.round = 'PRE_TEST' and a.choice = i.correct) as right_before,
                       count(a.sheet_id) filter (where s.round = 'POST_TEST') as answered_after,
                       count(a.sheet_id) filter (where s.round = 'POST_TEST' and a.choice = i.correct) as right_after
                from questionnaire q join questionnaire_item i on i.questionnaire_id = q.id
                left join answer a on a.item_id = i.id left join answer_sheet s on s.id = a.sheet_id
                where q.activity_id = :activity and q.kind = 'TEST'
                group by i.id order by i.position""",
                activity,
                (rs, n) -> new ActivityResults.ItemResult(
                        rs.getInt("position") + 1,
                        rs.getString("text"),
                        rightAnswer(rs.getString("kind"), rs.getString("options"), rs.getInt("correct")),
                        rs.getLong("answered_before"),
                        rs.getLong("right_before"),
                        rs.getLong("answered_after"),
                        rs.getLong("right_after")));
    }

    private static String rightAnswer(String kind, String options, int correct) {
        List<String> offered = kind.equals("TRUE_FALSE") ? ItemKind.trueOrFalse() : Arrays.asList(options.split("\n"));
        return correct < offered.size() ? offered.get(correct) : "";
    }

    private List<ActivityResults.RatingResult> ratings(Map<String, Object> activity) {
        Map<Integer, ActivityResults.RatingResult> ratings = new LinkedHashMap<>();
        jdbc.query("""
                select i.position, i.text, a.rating, count(a.sheet_id) as n
                from questionnaire q join questionnaire_item i on i.questionnaire_id = q.id
                left join answer a on a.item_id = i.id
                where q.activity_id = :activity and q.kind = 'EVALUATION' and i.kind = 'RATING'
                group by i.position, i.text, a.rating order by i.position, a.rating""", activity, rs -> {
            int number = rs.getInt("position") + 1;
            ActivityResults.RatingResult result = ratings.computeIfAbsent(
                    number,
                    k -> new ActivityResults.RatingResult(
                            number, textOf(rs), new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L))));
            int rating = rs.getInt("rating");
            if (!rs.wasNull()) {
                result.counts().set(rating - 1, rs.getLong("n"));
            }
        });
        return List.copyOf(ratings.values());
    }

    private List<ActivityResults.OpenAnswers> open(Map<String, Object> activity) {
        Map<Integer, ActivityResults.OpenAnswers> open = new LinkedHashMap<>();
        jdbc.query("""
                select i.position, i.text, a.text as answer
                from questionnaire q join questionnaire_item i on i.questionnaire_id = q.id
                left join answer a on a.item_id = i.id and a.text is not null
                where q.activity_id = :activity and q.kind = 'EVALUATION' and i.kind = 'OPEN'
                order by i.position, a.sheet_id""", activity, rs -> {
            int number = rs.getInt("position") + 1;
            ActivityResults.OpenAnswers answers = open.computeIfAbsent(
                    number, k -> new ActivityResults.OpenAnswers(number, textOf(rs), new ArrayList<>()));
            String answer = rs.getString("answer");
            if (answer != null) {
                answers.answers().add(answer);
            }
        });
        return List.copyOf(open.values());
    }

    /**
     * Those who gave the activity 4 or 5 overall, and those who rated it: the enrolments' satisfaction marks
     * (answered online under their name, or typed from paper) and the anonymous evaluations, which name nobody.
     */
    private long[] satisfaction(Map<String, Object> activity) {
        return jdbc.queryForObject("""
                select count(*) filter (where mark >= 4) as satisfied, count(*) as rated from (
                    select e.satisfaction as mark from enrolment e
                    where e.activity_id = :activity and e.satisfaction is not null and %s
                    union all
                    select s.satisfaction from answer_sheet s join questionnaire q on q.id = s.questionnaire_id
                    where q.activity_id = :activity and s.enrolment_id is null and s.satisfaction is not null
                ) marks""".formatted(AnswerLinks.ANSWERING), activity, (rs, n) ->
                new long[] {rs.getLong("satisfied"), rs.getLong("rated")});
    }

    private static String textOf(java.sql.ResultSet rs) {
        try {
            return rs.getString("text");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
