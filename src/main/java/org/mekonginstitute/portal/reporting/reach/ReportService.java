package org.mekonginstitute.portal.reporting.reach;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.KeptUntilChanged;
import org.mekonginstitute.portal.shared.Language;
import org.mekonginstitute.portal.shared.SelectOptions;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reach report: its tables for a filter, the filter's choices, and the filter in words and in file names.
 * Projects are chosen by code, with suggestions as one types (project/picker): there can be thousands.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class ReportService {

    private final ReachQueries reach;
    private final ProjectService projects;
    private final Departments departments;
    private final KeptUntilChanged cache;
    private final Dates dates;

    /** A choice of the filter: what it shows in the picker, and a short name (a project's code, an acronym). */
    record Option(long id, String label, String shortName) {}

    /** What the filter can choose from in drop-downs; the donors, a long list, also as options written once. */
    record Choices(List<Option> departments, List<Option> donors, SelectOptions donorOptions) {

        /** The departments as a select's options (a short list, written when asked for). */
        public SelectOptions departmentOptions() {
            return SelectOptions.of(departments, Option::id, Option::label);
        }
    }

    /** The filter in words ("Project MI-1 – Title · Activities dated from 1 Jan 2024"), in a file name, and as export links' query. */
    record Described(String text, String fileLabel, String query) {}

    /** A filter checked and with its project found by code; null when the form has errors. */
    record Checked(ReachFilter filter, Option project) {}

    /** The report page: the filter's choices, and unless the filter has errors, the filter in words and the tables. */
    record Page(Choices choices, Described described, Reach reach, List<ReportTable> tables) {}

    /** One table to export, with the filter it was made for; null when the filter has errors. */
    record Export(ReportTable table, Described described) {}

    /** Everything the report page shows, in one transaction. */
    Page page(ReportFilter form, Errors errors) {
        Checked checked = check(form, errors);
        Choices choices = choices();
        if (checked == null) {
            return new Page(choices, null, null, List.of());
        }
        return new Page(choices, describe(checked, choices), reach.reach(checked.filter()), tables(checked.filter()));
    }

    /** One table of the report, as the page shows it, to be written to a file; null if the filter has errors. */
    Export export(ReachTable kind, ReportFilter form, Errors errors) {
        Checked checked = check(form, errors);
        if (checked == null) {
            return null;
        }
        return new Export(kind.of(reach.reach(checked.filter())), describe(checked, choices()));
    }

    private Choices choices() {
        return new Choices(
                departments.all().stream()
                        .map(d -> new Option(d.getId(), d.getName(), d.getAcronym()))
                        .toList(),
                projects.donors().stream()
                        .map(o -> new Option(o.id(), o.label(), o.acronym() == null ? o.name() : o.acronym()))
                        .toList(),
                projects.donorOptions());
    }

    /** The form's filter with its project found; a range that ends before it starts or an unknown code is refused. */
    private Checked check(ReportFilter form, Errors errors) {
        form.check(errors);
        ProjectChoice choice = projects.choice(form.getProject());
        if (choice.unknown()) {
            errors.rejectValue("project", "unknown", choice.error());
        }
        Option project = choice.project() == null
                ? null
                : new Option(
                        choice.project().id(),
                        choice.project().label(),
                        choice.project().code());
        if (errors.hasErrors()) {
            return null;
        }
        return new Checked(
                new ReachFilter(
                        project == null ? null : project.id(),
                        form.getDepartment(),
                        form.getDonor(),
                        form.getFrom(),
                        form.getTo()),
                project);
    }

    /** Every table of the report, from one reach computation; laid out once, kept until the data changes. */
    private List<ReportTable> tables(ReachFilter filter) {
        return cache.get(List.of("report-tables", filter, Language.of(LocaleContextHolder.getLocale())), () -> {
            Reach figures = reach.reach(filter);
            return Arrays.stream(ReachTable.values()).map(t -> t.of(figures)).toList();
        });
    }

    private Described describe(Checked checked, Choices choices) {
        ReachFilter filter = checked.filter();
        List<String> words = new ArrayList<>();
        List<String> file = new ArrayList<>();
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (checked.project() != null) {
            words.add(Text.of(
                    "reporting.reports.described.project", checked.project().label()));
            file.add(checked.project().shortName());
            query.queryParam("project", checked.project().shortName());
        }
        if (filter.department() != null) {
            Option department = find(choices.departments(), filter.department());
            words.add(Text.of("reporting.reports.described.department", department.label()));
            file.add(department.shortName());
            query.queryParam("department", filter.department());
        }
        if (filter.donor() != null) {
            Option donor = find(choices.donors(), filter.donor());
            words.add(Text.of("reporting.reports.described.donor", donor.label()));
            file.add(donor.shortName());
            query.queryParam("donor", filter.donor());
        }
        if (filter.from() != null || filter.to() != null) {
            words.add(
                    filter.from() == null
                            ? Text.of("reporting.reports.described.until", dates.date(filter.to()))
                            : filter.to() == null
                                    ? Text.of("reporting.reports.described.from", dates.date(filter.from()))
                                    : Text.of(
                                            "reporting.reports.described.between",
                                            dates.period(filter.from(), filter.to())));
            if (filter.from() != null) {
                file.add("from-" + filter.from());
                query.queryParam("from", filter.from());
            }
            if (filter.to() != null) {
                file.add("to-" + filter.to());
                query.queryParam("to", filter.to());
            }
        }
        String text = words.isEmpty() ? Text.of("reporting.reports.all") : String.join(" · ", words);
        String label = file.isEmpty()
                ? "all-activities"
                : String.join("_", file.stream().map(ReportService::slug).toList());
        return new Described(text, label, query.build().encode().toUriString());
    }

    /** The chosen option; one that does not exist (an old or edited link) by its number. */
    private static Option find(List<Option> options, long id) {
        return options.stream()
                .filter(o -> o.id() == id)
                .findFirst()
                .orElse(new Option(id, "#" + id, String.valueOf(id)));
    }

    /** A file name for one table's export, e.g. "reach-by-activity-type_MI-ACMECS-2023_from-2024-01-01.csv". */
    static String fileName(ReachTable table, Described filter, String extension) {
        return "reach-" + table.slug() + "_" + filter.fileLabel() + "." + extension;
    }

    /** Letters, digits and hyphens only, so the name is safe on every system. */
    static String slug(String text) {
        String slug = text.strip()
                .replaceAll("[^A-Za-z0-9-]+", "-")
                .replaceAll("-{2,}", "-")
                .replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
