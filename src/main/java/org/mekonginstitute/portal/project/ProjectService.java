package org.mekonginstitute.portal.project;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Department;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.SelectOptions;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.UserAccount;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What people do with projects and their funding lines, partnerships and components: the project guards its own
 * rules, {@link ProjectChecks} those that need other records; this service loads, asks and saves.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final FundingRepository fundingLines;
    private final PartnershipRepository partnerships;
    private final ComponentRepository components;
    private final ProjectQueries queries;
    private final ProjectChecks checks;
    private final Departments departments;
    private final OrganisationService organisations;
    private final UserService users;
    private final ObjectProvider<ProjectActivities> activities;

    public Project get(long id) {
        return projects.findDetailed(id).orElseThrow(() -> new NotFoundException("Project", id));
    }

    public ProjectDetails details(long id) {
        Project project = get(id);
        List<Funding> funding = fundingLines.findByProject(id);
        return new ProjectDetails(
                project, funding, totals(funding), partnerships.findByProject(id), components.findByProject(id));
    }

    /** The id of the project with this code, if there is one. */
    public Optional<Long> idOf(String code) {
        return queries.byCode(code).map(ProjectOption::id);
    }

    /** How many suggestions the project field offers as one types. */
    static final int SUGGESTIONS = 20;

    /** Projects whose code or title contains the text, for the project field (project/picker); none for blank text. */
    public List<ProjectOption> suggest(String text) {
        return text == null || text.isBlank() || !PlainText.storable(text)
                ? List.of()
                : queries.suggest(text, SUGGESTIONS);
    }

    /** The project a filter's field names by its code, typed in any case; see {@link ProjectChoice}. */
    public ProjectChoice choice(String typed) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            return ProjectChoice.NONE;
        }
        Optional<String> unstorable = PlainText.problem(typed);
        if (unstorable.isPresent()) {
            return new ProjectChoice(typed, null, unstorable.get());
        }
        return queries.byCode(code)
                .map(p -> new ProjectChoice(p.code(), p, null))
                .orElseGet(() -> new ProjectChoice(typed, null, Text.of("project.picker.unknown")));
    }

    /** The project list: a page, and its filters' choices, in one transaction. */
    public ListPage listPage(ProjectFilter filter) {
        return new ListPage(queries.search(filter), departments.all(), queries.donorOptions(), queries.years());
    }

    /**
     * Up to {@code limit} filtered projects after the one with id {@code after} (null: from the first), by id, and
     * one more when more follow: a list read by cursor.
     */
    public List<ProjectRow> after(ProjectFilter filter, Long after, int limit) {
        return queries.after(filter, after, limit);
    }

    public record ListPage(
            Page<ProjectRow> page, List<Department> departments, SelectOptions donors, List<Integer> years) {}

    /** Organisations that fund a project, by name: the choices of donor filters. */
    public List<OrganisationOption> donors() {
        return queries.donors();
    }

    /** The same donors as the options of a select, written once per data version. */
    public SelectOptions donorOptions() {
        return queries.donorOptions();
    }

    @Transactional
    public Project create(ProjectOverview overview) {
        checks.check(overview, null);
        Project project = new Project(overview, department(overview), manager(overview));
        return projects.saveAndFlush(project);
    }

    @Transactional
    public Project update(long id, ProjectOverview overview) {
        Project project = get(id);
        project.checkVersion(overview.version());
        checks.check(overview, project);
        project.apply(overview, department(overview), manager(overview));
        return projects.saveAndFlush(project);
    }

    /** How many activities stand in the way of deleting the project. */
    public long activityCount(long id) {
        ProjectActivities source = activities.getIfAvailable();
        return source == null ? 0 : source.countFor(id);
    }

    @Transactional
    public void delete(long id) {
        Project project = get(id);
        project.checkDeletable(activityCount(id));
        projects.delete(project);
    }

    @Transactional
    public void cancel(long id) {
        get(id).cancel();
    }

    // Funding lines

    public Funding fundingLine(long projectId, long fundingId) {
        // not shown: the 404 page names no record
        return ProjectPart.ofProject(projectId, fundingLines.findById(fundingId), "Funding line", fundingId);
    }

    @Transactional
    public Funding addFunding(long projectId, FundingTerms terms) {
        Project project = get(projectId);
        Organisation donor = checks.donor(terms, null);
        return fundingLines.saveAndFlush(new Funding(project, donor, terms));
    }

    @Transactional
    public void updateFunding(long projectId, long fundingId, FundingTerms terms) {
        Funding funding = fundingLine(projectId, fundingId);
        funding.checkVersion(terms.version());
        funding.apply(checks.donor(terms, funding), terms);
        fundingLines.flush();
    }

    @Transactional
    public void removeFunding(long projectId, long fundingId) {
        fundingLines.delete(fundingLine(projectId, fundingId));
    }

    // Partnerships

    /** The organisation becomes a partner of the project in this role, once. */
    @Transactional
    public Partnership addPartnership(long projectId, long organisationId, PartnershipRole role) {
        Project project =
                projects.findWithPartnerships(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
        Organisation organisation = organisations
                .find(organisationId)
                .filter(Organisation::isActive)
                .orElseThrow(() -> invalid("organisationId", Text.of("project.partner.organisation.unknown")));
        try {
            return partnerships.saveAndFlush(project.addPartner(organisation, role));
        } catch (DuplicatePartException duplicate) {
            throw invalid("organisationId", duplicate.getMessage());
        }
    }

    @Transactional
    public void removePartnership(long projectId, long partnershipId) {
        partnerships.delete(
                ProjectPart.ofProject(projectId, partnerships.findById(partnershipId), "Partnership", partnershipId));
    }

    // Components

    /** The project's components, by number. */
    public List<ProjectComponent> components(long projectId) {
        return components.findByProject(projectId);
    }

    public ProjectComponent component(long projectId, long componentId) {
        return ProjectPart.ofProject(projectId, components.findById(componentId), "Component", componentId);
    }

    @Transactional
    public ProjectComponent addComponent(long projectId, ComponentOutline outline) {
        try {
            return components.saveAndFlush(withComponents(projectId).addComponent(outline));
        } catch (DuplicatePartException duplicate) {
            throw invalid("number", duplicate.getMessage());
        }
    }

    @Transactional
    public void updateComponent(long projectId, long componentId, ComponentOutline outline) {
        Project project = withComponents(projectId);
        ProjectComponent component = project.component(componentId);
        component.checkVersion(outline.version());
        try {
            project.changeComponent(component, outline);
        } catch (DuplicatePartException duplicate) {
            throw invalid("number", duplicate.getMessage());
        }
        components.flush();
    }

    @Transactional
    public void removeComponent(long projectId, long componentId) {
        components.delete(component(projectId, componentId));
    }

    /** Sums per currency, never across currencies. */
    static Map<String, BigDecimal> totals(List<Funding> funding) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        funding.forEach(f -> totals.merge(f.getCurrency(), f.getAmount(), BigDecimal::add));
        return totals;
    }

    private Project withComponents(long projectId) {
        return projects.findWithComponents(projectId).orElseThrow(() -> new NotFoundException("Project", projectId));
    }

    private Department department(ProjectOverview overview) {
        return departments.get(overview.departmentId());
    }

    private UserAccount manager(ProjectOverview overview) {
        return users.find(overview.managerId()).orElse(null);
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(List.of(new InvalidInput.Problem(field, message)));
    }
}
