package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityDependents;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Tells the activity feature about an activity's enrolments and action plans, which keep it from deletion. */
@Component
@RequiredArgsConstructor
class ActivityEnrolments implements ActivityDependents {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public String describe(long activityId) {
        Map<String, Object> counts = jdbc.queryForMap("""
                select (select count(*) from enrolment where activity_id = :id) as enrolments,
                       (select count(*) from action_plan where activity_id = :id) as plans""", Map.of("id", activityId));
        long enrolments = ((Number) counts.get("enrolments")).longValue();
        long plans = ((Number) counts.get("plans")).longValue();
        if (enrolments == 0 && plans == 0) {
            return null;
        }
        return Text.of("participant.activity.dependents", enrolments, plans);
    }
}
