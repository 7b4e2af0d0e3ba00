package org.mekonginstitute.portal.registration.review;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.participant.DuplicateMatch;
import org.mekonginstitute.portal.participant.Gender;
import org.mekonginstitute.portal.participant.ParticipantService;
import org.mekonginstitute.portal.participant.Seniority;
import org.mekonginstitute.portal.registration.model.ApplicationStatus;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The applications of an activity as staff review them, a page at a time, with the registry records each open one
 * may already be: found for the whole page at once, as the CSV import finds them for its lines.
 */
@Component
@RequiredArgsConstructor
class ApplicationQueries {

    static final int PAGE_SIZE = 20;

    private static final String SELECT = """
            select a.id, a.version, a.reference, a.status, a.title, a.given_name, a.family_name, a.gender, a.country,
                   a.organisation_name, a.organisation_type, a.position, a.seniority, a.email, a.phone,
                   a.dietary_needs, a.passport_name, a.arrival_date, a.accessibility_needs, a.motivation,
                   o.name as partner, a.nominated_by_name, a.nominated_by_email, a.submitted_at, a.decided_at,
                   a.decline_reason, a.participant_id,
                   concat_ws(' ', p.title, p.given_name, p.family_name) as linked_name""";

    private static final String FROM = """
            application a join registration_link l on l.id = a.link_id
            left join organisation o on o.id = l.organisation_id
            left join participant p on p.id = a.participant_id""";

    private final NamedParameterJdbcTemplate jdbc;
    private final ParticipantService participants;

    /** One page of the activity's applications, optionally of one status, in the order they arrived. */
    Page<ApplicationRow> page(long activityId, ApplicationStatus status, int page, int size) {
        ListQuery query =
                new ListQuery().countFrom("application a").where("a.activity_id = :activity", "activity", activityId);
        if (status != null) {
            query.where("a.status = :status", "status", status.name());
        }
        Page<ApplicationRow> rows = query.page(jdbc, SELECT, FROM, "a.submitted_at, a.id", page, size, ROW);
        return new PageImpl<>(withMatches(rows.getContent()), rows.getPageable(), rows.getTotalElements());
    }

    /** How many applications are in each status. */
    Map<ApplicationStatus, Long> counts(long activityId) {
        Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.query(
                "select status, count(*) as n from application where activity_id = :activity group by status",
                Map.of("activity", activityId),
                rs -> {
                    counts.put(ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return counts;
    }

    /** The open applications' probable duplicates in the registry, in one look-up for the whole page. */
    private List<ApplicationRow> withMatches(List<ApplicationRow> rows) {
        List<ApplicationRow> open = rows.stream().filter(r -> r.status().open()).toList();
        if (open.isEmpty()) {
            return rows;
        }
        List<List<DuplicateMatch>> found = participants.probableDuplicatesOf(
                open.stream().map(ApplicationRow::toMatch).toList());
        List<ApplicationRow> result = new ArrayList<>();
        int n = 0;
        for (ApplicationRow row : rows) {
            result.add(row.status().open() ? row.withMatches(found.get(n++)) : row);
        }
        return result;
    }

    private static final RowMapper<ApplicationRow> ROW = (rs, n) -> new ApplicationRow(
            rs.getLong("id"),
            rs.getLong("version"),
            rs.getString("reference"),
            ApplicationStatus.valueOf(rs.getString("status")),
            rs.getString("title"),
            rs.getString("given_name"),
            rs.getString("family_name"),
            Gender.valueOf(rs.getString("gender")),
            rs.getString("country"),
            rs.getString("organisation_name"),
            rs.getString("organisation_type") == null
                    ? null
                    : OrganisationType.valueOf(rs.getString("organisation_type")),
            rs.getString("position"),
            rs.getString("seniority") == null ? null : Seniority.valueOf(rs.getString("seniority")),
            rs.getString("email"),
            rs.getString("phone"),
            rs.getString("dietary_needs"),
            rs.getString("passport_name"),
            rs.getObject("arrival_date", LocalDate.class),
            rs.getString("accessibility_needs"),
            rs.getString("motivation"),
            rs.getString("partner"),
            rs.getString("nominated_by_name"),
            rs.getString("nominated_by_email"),
            instant(rs, "submitted_at"),
            instant(rs, "decided_at"),
            rs.getString("decline_reason"),
            rs.getObject("participant_id", Long.class),
            rs.getObject("participant_id") == null ? null : rs.getString("linked_name"),
            List.of());

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
