package org.mekonginstitute.portal.organisation;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/** The organisation list, read in two statements whatever its length. */
@Component
@RequiredArgsConstructor
class OrganisationQueries {

    static final int PAGE_SIZE = 25;

    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(o.name)",
            "type", "o.type",
            "country", "o.country",
            "updated", "o.updated_at");

    private final NamedParameterJdbcTemplate jdbc;

    private static final String COLUMNS = "select o.id, o.name, o.acronym, o.type, o.country, o.active,"
            + " (select count(*) from contact_person c where c.organisation_id = o.id) as contacts";

    private static final RowMapper<OrganisationRow> ROW = (rs, n) -> new OrganisationRow(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("acronym"),
            OrganisationType.valueOf(rs.getString("type")),
            rs.getString("country"),
            rs.getBoolean("active"),
            rs.getInt("contacts"));

    @Transactional(readOnly = true)
    Page<OrganisationRow> search(OrganisationFilter filter) {
        ListQuery query = conditions(filter);
        String order = SORTS.getOrDefault(filter.getSort(), SORTS.get("name"))
                + (filter.descending() ? " desc nulls last" : " asc nulls last") + ", o.id";
        return query.page(jdbc, COLUMNS, "organisation o", order, filter.getPage() - 1, PAGE_SIZE, ROW);
    }

    /** The filtered organisations after the one with id {@code after}, by id: the API's pages. */
    @Transactional(readOnly = true)
    List<OrganisationRow> after(OrganisationFilter filter, Long after, int limit) {
        return conditions(filter).after(jdbc, COLUMNS, "organisation o", "o.id", after, limit, ROW);
    }

    private static ListQuery conditions(OrganisationFilter filter) {
        ListQuery query = new ListQuery();
        query.search("(o.name ilike :q or o.acronym ilike :q)", filter.getQ());
        query.whereGiven("o.type = :type", "type", filter.getType());
        query.whereGiven("o.country = :country", "country", filter.getCountry());
        if ("active".equals(filter.getStatus())) {
            query.where("o.active");
        } else if ("inactive".equals(filter.getStatus())) {
            query.where("not o.active");
        }
        return query;
    }
}
