package org.mekonginstitute.portal.reporting;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Departments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The reach report: its tables for a filter, the filter's choices, and the filter in words and in file names. */
@Service
@RequiredArgsConstructor
class ReportService {

    private final ReachQueries reach;
    private final ProjectService projects;
    private final Departments departments;
    private final JdbcTemplate jdbc;
    private final ReportingCache cache;
    private final Dates dates;

    /** Donors are the organisations that fund a project, by name. */
    private static final String DONORS = "select o.id, o.name, o.acronym from organisation o"
            + " where exists (select 1 from funding f where f.donor_id = o.id) order by lower(o.name), o.id";

    /** A choice of the filter: what it shows in the picker, and a short name for file names. */
    record Option(long id, String label, String shortName) {
    }

    /** What the filter can choose from. */
    record Choices(List<Option> projects, List<Option> departments, List<Option> donors) {
    }

    /** The filter in words ("Project MI-1 · from 1 Jan 2024"), in a file name, and as export links' query. */
    record Described(String text, String fileLabel, String query) {
    }

    Choices choices() {
        return new Choices(
                projects.options().stream().map(p -> new Option(p.id(), p.label(), p.code())).toList(),
                departments.all().stream().map(d -> new Option(d.getId(), d.getName(), d.getAcronym())).toList(),
                jdbc.query(DONORS, (rs, n) -> {
                    String name = rs.getString("name");
                    String acronym = rs.getString("acronym");
                    return new Option(rs.getLong("id"), acronym == null ? name : name + " (" + acronym + ")",
                            acronym == null ? name : acronym);
                }));
    }

    /** Every table of the report, from one reach computation; laid out once, kept until the data changes. */
    List<ReportTable> tables(ReachFilter filter) {
        return cache.get(List.of("report-tables", filter), () -> {
            Reach figures = reach.reach(filter);
            return Arrays.stream(ReachTable.values()).map(t -> t.of(figures)).toList();
        });
    }

    ReportTable table(ReachTable kind, ReachFilter filter) {
        return kind.of(reach.reach(filter));
    }

    Reach reach(ReachFilter filter) {
        return reach.reach(filter);
    }

    Described describe(ReachFilter filter, Choices choices) {
        List<String> words = new ArrayList<>();
        List<String> file = new ArrayList<>();
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (filter.project() != null) {
            Option project = find(choices.projects(), filter.project());
            words.add("Project " + project.shortName());
            file.add(project.shortName());
            query.queryParam("project", filter.project());
        }
        if (filter.department() != null) {
            Option department = find(choices.departments(), filter.department());
            words.add("Department " + department.label());
            file.add(department.shortName());
            query.queryParam("department", filter.department());
        }
        if (filter.donor() != null) {
            Option donor = find(choices.donors(), filter.donor());
            words.add("Donor " + donor.label());
            file.add(donor.shortName());
            query.queryParam("donor", filter.donor());
        }
        if (filter.from() != null || filter.to() != null) {
            words.add("Activities dated " + (filter.from() == null ? "until " + dates.date(filter.to())
                    : filter.to() == null ? "from " + dates.date(filter.from())
                    : dates.period(filter.from(), filter.to())));
            if (filter.from() != null) {
                file.add("from-" + filter.from());
                query.queryParam("from", filter.from());
            }
            if (filter.to() != null) {
                file.add("to-" + filter.to());
                query.queryParam("to", filter.to());
            }
        }
        String text = words.isEmpty() ? "All activities" : String.join(" · ", words);
        String label = file.isEmpty() ? "all-activities" : String.join("_", file.stream().map(ReportService::slug).toList());
        return new Described(text, label, query.build().encode().toUriString());
    }

    /** The chosen option; one that no longer exists (an old link) by its number. */
    private static Option find(List<Option> options, long id) {
        return options.stream().filter(o -> o.id() == id).findFirst()
                .orElse(new Option(id, "#" + id, String.valueOf(id)));
    }

    /** A file name for one table's export, e.g. "reach-by-activity-type_MI-ACMECS-2023_from-2024-01-01.csv". */
    static String fileName(ReachTable table, Described filter, String extension) {
        return "reach-" + table.slug() + "_" + filter.fileLabel() + "." + extension;
    }

    /** Letters, digits and hyphens only, so the name is safe on every system. */
    static String slug(String text) {
        String slug = text.strip().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
