package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An activity's enrolments as its participants page lists them, in the {@link #ORDER order} of its list: read as
 * rows in one statement, for a page that shows them and changes none (as entities, with their people, they cost
 * the page a tenth of its time on an activity of thirty people).
 */
@Component
@RequiredArgsConstructor
public class EnrolmentRows {

    /** People per page of an activity's participant list: a training's people fit on one, a webinar's do not. */
    public static final int PAGE_SIZE = 100;

    /**
     * The order of an activity's participant list, on {@code participant p}: by country, then name. The same in JPQL
     * in {@link EnrolmentRepository#findByActivity}, for the forms that load the enrolments themselves.
     */
    public static final String ORDER = "p.country, p.family_name, p.given_name, p.id";

    /**
     * The page's rows, each with the figures of the whole list, which window functions count before the limit. The
     * offset is written in, as {@code ListQuery} writes it, a number worked out here: the statement of the first page,
     * nearly every activity's only one, keeps one plan.
     */
    private static final String SQL = ParticipantQueries.COLUMNS
            + ", e.id as enrolment_id, e.role, e.status, count(*) over () as enrolled,"
            + " count(*) filter (where e.status in (:expected)) over () as expected"
            + " from enrolment e join participant p on p.id = e.participant_id"
            + " where e.activity_id = :activity order by " + ORDER + " limit " + PAGE_SIZE + " offset ";

    private static final RowMapper<EnrolmentRow> ROW = (rs, n) -> new EnrolmentRow(
            rs.getLong("enrolment_id"),
            EnrolmentRole.valueOf(rs.getString("role")),
            AttendanceStatus.valueOf(rs.getString("status")),
            ParticipantQueries.ROW.mapRow(rs, n));

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * One page of an activity's participant list ({@code page} from 0; the last page when it is past the end) and how
     * many of all its people are {@link AttendanceStatus#expected() expected}: one statement.
     */
    public Listing page(long activityId, int page) {
        Listing listing = read(activityId, page);
        if (listing.rows().isEmpty() && page > 0) {
            Long enrolled = jdbc.queryForObject(
                    "select count(*) from enrolment where activity_id = :activity",
                    Map.of("activity", activityId),
                    Long.class);
            return read(activityId, (int) Math.max(0, (enrolled - 1) / PAGE_SIZE));
        }
        return listing;
    }

    private Listing read(long activityId, int page) {
        Map<String, Object> params = Map.of("activity", activityId, "expected", AttendanceStatus.expectedNames());
        return jdbc.query(SQL + (long) page * PAGE_SIZE, params, rs -> {
            List<EnrolmentRow> rows = new ArrayList<>();
            long enrolled = 0;
            long expected = 0;
            while (rs.next()) {
                if (rows.isEmpty()) {
                    enrolled = rs.getLong("enrolled");
                    expected = rs.getLong("expected");
                }
                rows.add(ROW.mapRow(rs, rows.size()));
            }
            return new Listing(new PageImpl<>(rows, PageRequest.of(page, PAGE_SIZE), enrolled), expected);
        });
    }

    /** A page of an activity's participant list, and how many of all its people are expected in the room. */
    public record Listing(Page<EnrolmentRow> rows, long expected) {}
}
