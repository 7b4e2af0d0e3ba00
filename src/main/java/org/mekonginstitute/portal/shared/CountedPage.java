package org.mekonginstitute.portal.shared;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * A page of a statement whose rows each carry how many rows there are in all, counted by a window function before
 * the page's limit ({@link #TOTAL}): the page and its total in one statement, where a {@link ListQuery} counts in
 * a statement of its own. For the long lists of one record, such as a webinar's thousands of participants.
 */
public final class CountedPage {

    /** The column to select for the total: {@code count(*) over () as total}. */
    public static final String TOTAL = "count(*) over () as total";

    private CountedPage() {}

    /**
     * Page {@code page} (from 0) of {@code size} rows of {@code sql} (ordered, with the {@link #TOTAL} column); past
     * the last page, the last. The page bounds are numbers worked out here, written into the statement as
     * {@link ListQuery} writes them.
     */
    public static <T> Page<T> read(
            NamedParameterJdbcTemplate jdbc, String sql, Map<String, ?> params, int page, int size, RowMapper<T> row) {
        long[] total = {0};
        List<T> rows = jdbc.query(sql + " limit " + size + " offset " + (long) page * size, params, (rs, n) -> {
            total[0] = rs.getLong("total");
            return row.mapRow(rs, n);
        });
        if (rows.isEmpty() && page > 0) {
            Page<T> first = read(jdbc, sql, params, 0, size, row);
            return first.getTotalPages() <= 1 ? first : read(jdbc, sql, params, first.getTotalPages() - 1, size, row);
        }
        return new PageImpl<>(rows, PageRequest.of(page, size), total[0]);
    }
}
