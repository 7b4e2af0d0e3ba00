package org.mekonginstitute.portal.reporting;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.project.ProjectOption;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Department;
import org.mekonginstitute.portal.shared.Departments;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** The reach report: its tables for a filter, the filter's choices, and the filter in words and in file names. */
@Service
@RequiredArgsConstructor
class ReportService {

    private final ReachQueries reach;
    private final ProjectService projects;
    private final Departments departments;
    private final OrganisationService organisations;
    private final Dates dates;

    /** What the filter can choose from. */
    record Choices(List<ProjectOption> projects, List<Department> departments, List<OrganisationOption> donors) {
    }

    /** The filter in words ("Project MI-1 · from 1 Jan 2024"), in a file name, and as export links' query. */
    record Described(String text, String fileLabel, String query) {
    }

    Choices choices() {
        return new Choices(projects.options(), departments.all(), organisations.options());
    }

    /** Every table of the report, from one reach computation. */
    List<ReportTable> tables(ReachFilter filter) {
        Reach figures = reach.reach(filter);
        return Arrays.stream(ReachTable.values()).map(t -> t.of(figures)).toList();
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
            String code = find(choices.projects(), ProjectOption::id, filter.project(), ProjectOption::code);
            words.add("Project " + code);
            file.add(code);
            query.queryParam("project", filter.project());
        }
        if (filter.department() != null) {
            String acronym = find(choices.departments(), Department::getId, filter.department(), Department::getAcronym);
            words.add("Department " + find(choices.departments(), Department::getId, filter.department(), Department::getName));
            file.add(acronym);
            query.queryParam("department", filter.department());
        }
        if (filter.donor() != null) {
            words.add("Donor " + find(choices.donors(), OrganisationOption::id, filter.donor(), OrganisationOption::label));
            file.add(find(choices.donors(), OrganisationOption::id, filter.donor(),
                    o -> o.acronym() != null ? o.acronym() : o.name()));
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

    /** A file name for one table's export, e.g. "reach-by-activity-type_MI-ACMECS-2023_from-2024-01-01.csv". */
    static String fileName(ReachTable table, Described filter, String extension) {
        return "reach-" + table.slug() + "_" + filter.fileLabel() + "." + extension;
    }

    private static <T> String find(List<T> options, Function<T, Long> id, long wanted, Function<T, String> text) {
        return options.stream().filter(o -> Objects.equals(id.apply(o), wanted)).map(text).findFirst()
                .orElse("#" + wanted);
    }

    /** Letters, digits and hyphens only, so the name is safe on every system. */
    static String slug(String text) {
        String slug = text.strip().replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
