package org.mekonginstitute.portal.shared;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A list page's query in SQL: conditions added one filter at a time with bound parameters, then one count and
 * one page query. Sort keys come only from the caller's whitelist, never from the request as text.
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    /** Adds a condition with its parameters. */
    public ListQuery where(String condition, Map<String, ?> parameters) {
        conditions.add(condition);
        params.addValues(parameters);
        return this;
    }

    public ListQuery where(String condition, String name, Object value) {
        conditions.add(condition);
        params.addValue(name, value);
        return this;
    }

    public ListQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public MapSqlParameterSource params() {
        return params;
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * Runs {@code select count(*) from <from> <where>} and {@code <select> from <from> <where> order by <order>
     * limit/offset}: two statements, whatever the page shows.
     */
    public <T> Page<T> page(NamedParameterJdbcTemplate jdbc, String select, String from, String orderBy,
                            int pageNumber, int pageSize, RowMapper<T> mapper) {
        String where = whereClause();
        Long total = jdbc.queryForObject("select count(*) from " + from + where, params, Long.class);
        long count = total == null ? 0 : total;
        int lastPage = (int) Math.max(0, (count - 1) / pageSize);
        int page = Math.min(Math.max(pageNumber, 0), lastPage);
        MapSqlParameterSource pageParams = new MapSqlParameterSource(params.getValues())
                .addValue("limit", pageSize).addValue("offset", (long) page * pageSize);
        List<T> rows = count == 0 ? List.of() : jdbc.query(
                select + " from " + from + where + " order by " + orderBy + " limit :limit offset :offset",
                pageParams, mapper);
        return new PageImpl<>(rows, PageRequest.of(page, pageSize), count);
    }

    /** A search term for {@code ilike}: the user's text matched literally, anywhere in the value. */
    public static String contains(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
