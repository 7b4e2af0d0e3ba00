package org.mekonginstitute.portal.finance;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityDependents;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the activity feature about money spent for an activity: it keeps the activity from deletion. */
@Component
@RequiredArgsConstructor
class ActivityExpenditure implements ActivityDependents {

    private final JdbcTemplate jdbc;

    @Override
    public String describe(long activityId) {
        Long count =
                jdbc.queryForObject("select count(*) from expenditure where activity_id = ?", Long.class, activityId);
        return count == null || count == 0 ? null : Text.of("finance.activity.dependents", String.valueOf(count));
    }
}
