package org.mekonginstitute.portal.evaluation.results;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.evaluation.answering.AnswerLinks;
import org.mekonginstitute.portal.reporting.LearningFigures;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells reports what a project's activities taught and how they were rated, in two statements: the enrolments'
 * scores, satisfaction marks and certificates, and the anonymous evaluations, which name nobody.
 */
@Component
@RequiredArgsConstructor
class ProjectLearning implements LearningFigures {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    @Transactional(readOnly = true)
    public List<ActivityLearning> ofProject(long projectId) {
        Map<String, Object> project = Map.of("project", projectId);
        Map<Long, long[]> anonymous = new HashMap<>();
        jdbc.query("""
                select q.activity_id, count(*) as rated, count(*) filter (where s.satisfaction >= 4) as satisfied
                from answer_sheet s join questionnaire q on q.id = s.questionnaire_id
                join activity a on a.id = q.activity_id
                where a.project_id = :project and s.enrolment_id is null and s.satisfaction is not null
                group by q.activity_id""", project, rs -> {
            anonymous.put(rs.getLong("activity_id"), new long[] {rs.getLong("rated"), rs.getLong("satisfied")});
        });
        return jdbc
                .query("""
                        select a.id, a.title,
                               count(*) filter (where both_scores) as pairs,
                               avg(e.pre_test_score) filter (where both_scores) as mean_pre,
                               avg(e.post_test_score) filter (where both_scores) as mean_post,
                               count(e.satisfaction) as rated,
                               count(*) filter (where e.satisfaction >= 4) as satisfied,
                               count(*) filter (where e.certificate_issued) as certificates
                        from activity a
                        left join lateral (select e.*, e.pre_test_score is not null
                                                   and e.post_test_score is not null as both_scores
                                           from enrolment e where e.activity_id = a.id and %s) e on true
                        where a.project_id = :project
                        group by a.id order by a.start_date nulls last, a.id""".formatted(AnswerLinks.ANSWERING), project, (rs, n) -> {
                    long[] unnamed = anonymous.getOrDefault(rs.getLong("id"), new long[] {0, 0});
                    return new ActivityLearning(
                            rs.getLong("id"),
                            rs.getString("title"),
                            rs.getLong("pairs"),
                            scale(rs.getBigDecimal("mean_pre")),
                            scale(rs.getBigDecimal("mean_post")),
                            rs.getLong("rated") + unnamed[0],
                            rs.getLong("satisfied") + unnamed[1],
                            rs.getLong("certificates"));
                })
                .stream()
                .filter(a -> a.pairs() > 0 || a.rated() > 0 || a.certificates() > 0)
                .toList();
    }

    private static BigDecimal scale(BigDecimal mean) {
        return mean == null ? null : mean.setScale(1, RoundingMode.HALF_UP);
    }
}
