package org.mekonginstitute.portal.participant;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.CountedPage;
import org.mekonginstitute.portal.shared.ListQuery;
import org.mekonginstitute.portal.shared.PlainText;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
     * How many of an activity's people a page lists whole: to choose from in a form, or their personal links once
     * issued. A webinar's thousands are searched instead, or handed out as a file.
     */
    public static final int LISTED_IN_FULL = 300;

    /** How many people a search of an activity's people finds at most. */
    public static final int FOUND = 10;

    /**
     * The order of an activity's participant list, on {@code participant p}: by country, then name. The same in JPQL
     * in {@link EnrolmentRepository#BY_ACTIVITY}, for the forms that load the enrolments themselves.
     */
    public static final String ORDER = "p.country, p.family_name, p.given_name, p.id";

    /** An enrolment's columns and its person's, as {@link #ROW} reads them. */
    private static final String COLUMNS = ParticipantQueries.COLUMNS + ", e.id as enrolment_id, e.role, e.status";

    /** The activity's enrolments with their people. */
    private static final String FROM =
            " from enrolment e join participant p on p.id = e.participant_id where e.activity_id = :activity";

    /** The list, each row with the figures of all of it, which window functions count before a page's limit. */
    private static final String LIST = COLUMNS + ", " + CountedPage.TOTAL + ","
            + " count(*) filter (where e.status in (:expected)) over () as expected" + FROM + " order by " + ORDER;

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
        long[] expected = {0};
        Page<EnrolmentRow> rows = CountedPage.read(
                jdbc,
                LIST,
                Map.of("activity", activityId, "expected", AttendanceStatus.expectedNames()),
                page,
                PAGE_SIZE,
                (rs, n) -> {
                    expected[0] = rs.getLong("expected");
                    return ROW.mapRow(rs, n);
                });
        return new Listing(rows, expected[0]);
    }

    /**
     * These enrolments of the activity with their people, by id: the lines an attendance sheet posted back, named
     * again when it is shown with a problem, wherever they now stand in the list.
     */
    public Map<Long, EnrolmentRow> byId(long activityId, Collection<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .query(COLUMNS + FROM + " and e.id in (:ids)", Map.of("activity", activityId, "ids", enrolmentIds), ROW)
                .stream()
                .collect(Collectors.toMap(EnrolmentRow::id, row -> row));
    }

    /**
     * The people a form of the activity picks from, such as an action plan's team: all of them when there are at
     * most {@link #LISTED_IN_FULL}, to choose from a list; otherwise only the {@code chosen} ones (participant ids),
     * the others found by {@link #named name}.
     */
    public Team team(long activityId, Collection<Long> chosen) {
        List<EnrolmentRow> all = jdbc.query(
                COLUMNS + FROM + " order by " + ORDER + " limit :limit",
                Map.of("activity", activityId, "limit", LISTED_IN_FULL + 1),
                ROW);
        if (all.size() <= LISTED_IN_FULL) {
            return new Team(false, all);
        }
        List<EnrolmentRow> picked = chosen.isEmpty()
                ? List.of()
                : jdbc.query(
                        COLUMNS + FROM + " and p.id in (:chosen) order by " + ORDER,
                        Map.of("activity", activityId, "chosen", chosen),
                        ROW);
        return new Team(true, picked);
    }

    /**
     * Up to {@link #FOUND} of the activity's people whose name holds each word of the text, in any order, case and
     * accents aside ("nguyen lan" finds Lan Nguyễn), in list order.
     */
    public List<EnrolmentRow> named(long activityId, String text) {
        if (!PlainText.storable(text)) {
            return List.of(); // nobody's name holds a character that cannot be stored
        }
        MapSqlParameterSource params = new MapSqlParameterSource("activity", activityId);
        StringBuilder sql = new StringBuilder(COLUMNS + FROM);
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < Math.min(words.length, 5); i++) {
            sql.append(" and p.search_name like portal_fold(:word").append(i).append(')');
            params.addValue("word" + i, ListQuery.contains(words[i]));
        }
        return jdbc.query(sql + " order by " + ORDER + " limit " + FOUND, params, ROW);
    }

    /**
     * An activity's people for a form to pick from: {@code searched} when there are too many to list, and then
     * {@code people} holds only those already chosen.
     */
    public record Team(boolean searched, List<EnrolmentRow> people) {

        /** Whether anyone is enrolled to choose. */
        public boolean anyone() {
            return searched || !people.isEmpty();
        }
    }

    /** A page of an activity's participant list, and how many of all its people are expected in the room. */
    public record Listing(Page<EnrolmentRow> rows, long expected) {}
}
