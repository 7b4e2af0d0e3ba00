package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal holds about one person, as they may ask to see it (a subject access request) and as a
 * merge keeps it of the record it removes.
 */
@Component
@RequiredArgsConstructor
class PersonalData {

    private final NamedParameterJdbcTemplate jdbc;

    Map<String, Object> of(Participant p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", p.getId());
        data.put("title", p.getTitle());
        data.put("givenName", p.getGivenName());
        data.put("familyName", p.getFamilyName());
        data.put("gender", p.getGender().name());
        data.put("country", p.getCountry());
        data.put("organisationName", p.getOrganisationName());
        data.put("organisationType", name(p.getOrganisationType()));
        data.put("position", p.getPosition());
        data.put("seniority", name(p.getSeniority()));
        data.put("email", p.getEmail());
        data.put("phone", p.getPhone());
        data.put("consentToContact", p.isConsentToContact());
        data.put("anonymisedAt", text(p.getAnonymisedAt()));
        data.put("recordCreatedAt", text(p.getCreatedAt()));
        data.put("enrolments", rows("""
                select a.title as activity, p.code as project, a.start_date as "startDate", a.end_date as "endDate",
                       e.role, e.status, e.days_attended as "daysAttended", e.pre_test_score as "preTestScore",
                       e.post_test_score as "postTestScore", e.satisfaction, e.certificate_issued as "certificateIssued"
                from enrolment e join activity a on a.id = e.activity_id join project p on p.id = a.project_id
                where e.participant_id = :id order by a.start_date""", p.getId()));
        data.put("actionPlans", rows("""
                select ap.title, ap.country, ap.description, ap.target_date as "targetDate", ap.status
                from action_plan ap join action_plan_member m on m.action_plan_id = ap.id
                where m.participant_id = :id order by ap.id""", p.getId()));
        return data;
    }

    /** The rows with dates and numbers as JSON writes them plainly: "2024-05-06", "80.50". */
    private List<Map<String, Object>> rows(String sql, long id) {
        return jdbc.queryForList(sql, Map.of("id", id)).stream()
                .map(PersonalData::jsonSafe)
                .toList();
    }

    private static Map<String, Object> jsonSafe(Map<String, Object> row) {
        Map<String, Object> safe = new LinkedHashMap<>();
        row.forEach((k, v) -> safe.put(
                k,
                v instanceof Date d ? d.toLocalDate().toString() : v instanceof BigDecimal b ? b.toPlainString() : v));
        return safe;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
