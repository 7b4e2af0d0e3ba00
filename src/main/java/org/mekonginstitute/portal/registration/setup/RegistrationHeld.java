package org.mekonginstitute.portal.registration.setup;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityDependents;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Map;

/** Tells the activity module that an activity with registration (and its applications) cannot be deleted. */
@Component
@RequiredArgsConstructor
class RegistrationHeld implements ActivityDependents {

    private final NamedParameterJdbcTemplate jdbc;

    @Override
    public String describe(long activityId) {
        Map<String, Object> counts = jdbc.queryForMap("""
                select (select count(*) from registration where activity_id = :id) as registrations,
                       (select count(*) from application where activity_id = :id) as applications""", Map.of("id", activityId));
        if (((Number) counts.get("registrations")).longValue() == 0) {
            return null;
        }
        // the count in plain digits, as before: a number argument would be grouped by the reader's language
        return Text.of("registration.held", String.valueOf(counts.get("applications")));
    }
}
