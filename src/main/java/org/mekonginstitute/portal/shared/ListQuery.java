package org.mekonginstitute.portal.shared;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A list page's query in SQL: conditions added one filter at a time with bound parameters, then one count and
 * one page query. Sort keys come only from the caller's whitelist, never from the request as text.
 */
public final class ListQuery {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();
    private String countFrom;
    private KeptUntilChanged totals;

    /**
     * What the count reads from, when the page's joins add columns but never rows (e.g. {@code activity a} while the
     * page joins each activity's project): the count then reads one table.
     */
    public ListQuery countFrom(String from) {
        this.countFrom = from;
        return this;
    }

    /**
     * Keeps the total of this list until the data changes, so that paging through a long list does not count it
     * again every time; only for lists of the tables {@link KeptUntilChanged} watches.
     */
    public ListQuery totalKeptBy(KeptUntilChanged kept) {
        this.totals = kept;
        return this;
    }

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

    /**
     * Adds the condition of a filter the user set: nothing when the value is not given (null or blank text); an enum
     * is compared by its name, as the tables store it.
     */
    public ListQuery whereGiven(String condition, String name, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return where(condition, name, value instanceof Enum<?> constant ? constant.name() : value);
    }

    /** Looks for the search text, when given, wherever the condition says {@code :q} (see {@link #contains}). */
    public ListQuery search(String condition, String text) {
        return whereGiven(condition, "q", text == null || text.isBlank() ? null : contains(text));
    }

    public MapSqlParameterSource params() {
        return params;
    }

    public String whereClause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /**
     * Runs {@code select count(*) from <from> <where>} (or takes the total kept) and {@code <select> from <from>
     * <where> order by <order> limit/offset}: two statements at most, whatever the page shows.
     */
    public <T> Page<T> page(
            NamedParameterJdbcTemplate jdbc,
            String select,
            String from,
            String orderBy,
            int pageNumber,
            int pageSize,
            RowMapper<T> mapper) {
        String where = whereClause();
        String countSql = "select count(*) from " + (countFrom == null ? from : countFrom) + where;
        Supplier<Long> counting = () -> jdbc.queryForObject(countSql, params, Long.class);
        Long total = totals == null
                ? counting.get()
                : totals.get(List.of("list-total", countSql, new HashMap<>(params.getValues())), counting);
        long count = total == null ? 0 : total;
        int lastPage = (int) Math.max(0, (count - 1) / pageSize);
        int page = Math.min(Math.max(pageNumber, 0), lastPage);
        long offset = (long) page * pageSize;
        // The page's bounds are numbers worked out here, so they are written into the statement rather than bound:
        // with a bound limit PostgreSQL plans the statement again at every execution (about 1 ms on the large
        // data set, several times the cost of running it), while a list read without filters then has no
        // parameter at all and keeps one plan. They stay bound as well for sources that rank the best matches.
        MapSqlParameterSource pageParams = new MapSqlParameterSource(params.getValues())
                .addValue("limit", pageSize)
                .addValue("offset", offset);
        List<T> rows = count == 0
                ? List.of()
                : jdbc.query(
                        select + " from " + from + where + " order by " + orderBy + " limit " + pageSize + " offset "
                                + offset,
                        pageParams,
                        mapper);
        return new PageImpl<>(rows, PageRequest.of(page, pageSize), count);
    }

    /**
     * The rows after {@code after} in the order of {@code key} (a unique column such as the id), at most
     * {@code limit} and one more when more follow: a list read by cursor, as the API pages it, in one statement
     * however far into the list. {@code after} null starts at the beginning.
     */
    public <T> List<T> after(
            NamedParameterJdbcTemplate jdbc,
            String select,
            String from,
            String key,
            Long after,
            int limit,
            RowMapper<T> mapper) {
        if (after != null) {
            where(key + " > :afterKey", "afterKey", after);
        }
        return jdbc.query(
                select + " from " + from + whereClause() + " order by " + key + " limit " + (limit + 1),
                params,
                mapper);
    }

    /** A search term for {@code ilike}: the user's text matched literally, anywhere in the value. */
    public static String contains(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
