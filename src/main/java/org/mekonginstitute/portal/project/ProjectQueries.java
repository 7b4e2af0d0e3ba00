package org.mekonginstitute.portal.project;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.mekonginstitute.portal.shared.ListQuery;
import org.mekonginstitute.portal.shared.SelectOptions;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/** The project list in two statements (count and page), donors gathered in SQL rather than per row. */
@Component
@RequiredArgsConstructor
class ProjectQueries {

    static final int PAGE_SIZE = 20;

    private static final String DEFAULT_ORDER = "(p.status = 'ONGOING') desc, p.start_date desc";
    private static final Map<String, String> SORTS = Map.of(
            "code", "p.code",
            "title", "lower(p.title)",
            "department", "d.acronym",
            "status", "p.status",
            "start", "p.start_date",
            "end", "p.end_date");

    private final NamedParameterJdbcTemplate jdbc;
    private final KeptUntilChanged kept;

    /**
     * Each donor's name is looked up by its key from the project's funding lines: written as a join, PostgreSQL
     * merged the funding lines with every organisation in key order for each row of the page.
     */
    private static final String COLUMNS =
            "select p.id, p.code, p.title, d.acronym as department, p.status, p.start_date, p.end_date,"
                    + " (select string_agg(distinct (select coalesce(o.acronym, o.name) from organisation o"
                    + "                               where o.id = f.donor_id), ', ')"
                    + "    from funding f where f.project_id = p.id) as donors";

    private static final RowMapper<ProjectRow> ROW = (rs, n) -> new ProjectRow(
            rs.getLong("id"),
            rs.getString("code"),
            rs.getString("title"),
            rs.getString("department"),
            ProjectStatus.valueOf(rs.getString("status")),
            rs.getObject("start_date", LocalDate.class),
            rs.getObject("end_date", LocalDate.class),
            rs.getString("donors"));

    @Transactional(readOnly = true)
    Page<ProjectRow> search(ProjectFilter filter) {
        ListQuery query = conditions(filter).countFrom("project p").totalKeptBy(kept);
        String sort = SORTS.get(filter.getSort());
        String order = sort == null ? DEFAULT_ORDER : sort + (filter.descending() ? " desc" : " asc");
        return query.page(
                jdbc,
                COLUMNS,
                "project p join department d on d.id = p.department_id",
                order + ", p.id",
                filter.getPage() - 1,
                PAGE_SIZE,
                ROW);
    }

    /** The filtered projects after the one with id {@code after}, by id: the API's pages. */
    @Transactional(readOnly = true)
    List<ProjectRow> after(ProjectFilter filter, Long after, int limit) {
        return conditions(filter)
                .after(
                        jdbc,
                        COLUMNS,
                        "project p join department d on d.id = p.department_id",
                        "p.id",
                        after,
                        limit,
                        ROW);
    }

    private static ListQuery conditions(ProjectFilter filter) {
        ListQuery query = new ListQuery();
        query.search("(p.code ilike :q or p.title ilike :q)", filter.getQ());
        query.whereGiven("p.status = :status", "status", filter.getStatus());
        query.whereGiven("p.department_id = :department", "department", filter.getDepartment());
        query.whereGiven(
                "exists (select 1 from funding f where f.project_id = p.id and f.donor_id = :donor)",
                "donor",
                filter.getDonor());
        query.whereGiven("p.countries @> array[cast(:country as varchar)]", "country", filter.getCountry());
        if (filter.getYear() != null && filter.getYear() > 1900 && filter.getYear() < 3000) {
            query.where(
                    "p.start_date <= :yearEnd and p.end_date >= :yearStart",
                    Map.of(
                            "yearStart", LocalDate.of(filter.getYear(), 1, 1),
                            "yearEnd", LocalDate.of(filter.getYear(), 12, 31)));
        }
        return query;
    }

    private static final RowMapper<ProjectOption> OPTION =
            (rs, n) -> new ProjectOption(rs.getLong("id"), rs.getString("code"), rs.getString("title"));

    /**
     * Projects whose code or title contains the text, those whose code starts with it first; through the trigram
     * index on code and title (V20), so it stays quick however many projects there are.
     */
    @Transactional(readOnly = true)
    List<ProjectOption> suggest(String text, int limit) {
        String contains = ListQuery.contains(text);
        return jdbc.query(
                "select id, code, title from project where (code || ' ' || title) ilike :q"
                        + " order by (code ilike :start) desc, code limit :limit",
                Map.of("q", contains, "start", contains.substring(1), "limit", limit),
                OPTION);
    }

    @Transactional(readOnly = true)
    Optional<ProjectOption> byCode(String code) {
        return jdbc
                .query("select id, code, title from project where code = :code", Map.of("code", code), OPTION)
                .stream()
                .findFirst();
    }

    /**
     * The years of the year filter, newest first: from the first project's start to the last one's end, from two
     * index lookups (kept until the data changes), not from every project.
     */
    @Transactional(readOnly = true)
    List<Integer> years() {
        return kept.get(
                "project-years",
                () -> jdbc.query(
                                "select extract(year from min(start_date))::int as first,"
                                        + " extract(year from max(end_date))::int as last from project",
                                Map.of(),
                                (rs, n) -> {
                                    int first = rs.getInt("first");
                                    int last = rs.getInt("last");
                                    return rs.wasNull()
                                            ? List.<Integer>of()
                                            : IntStream.iterate(last, y -> y >= first, y -> y - 1)
                                                    .boxed()
                                                    .toList();
                                })
                        .get(0));
    }

    /**
     * Organisations that fund a project, by name: the donors filters offer. Kept until the data changes (funding and
     * organisations included), since every list page asks for them and the answer grows with the registry.
     */
    @Transactional(readOnly = true)
    List<OrganisationOption> donors() {
        return kept.get(
                "project-donors",
                () -> List.copyOf(jdbc.query(
                        "select o.id, o.name, o.acronym, o.type, o.active from organisation o"
                                + " where exists (select 1 from funding f where f.donor_id = o.id) order by lower(o.name), o.id",
                        Map.of(),
                        (rs, n) -> new OrganisationOption(
                                rs.getLong("id"),
                                rs.getString("name"),
                                rs.getString("acronym"),
                                OrganisationType.valueOf(rs.getString("type")),
                                rs.getBoolean("active")))));
    }

    /** The donors as the options of a filter, written once per data version (a registry funds from many donors). */
    @Transactional(readOnly = true)
    SelectOptions donorOptions() {
        return kept.get(
                "project-donor-options",
                () -> SelectOptions.of(donors(), OrganisationOption::id, OrganisationOption::label));
    }
}
