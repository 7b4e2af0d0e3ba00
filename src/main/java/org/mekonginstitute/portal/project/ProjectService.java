package org.mekonginstitute.portal.project;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Department;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationOption;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.InUseException;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.PlainText;
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

/** Projects with their funding lines, partnerships and components, and the rules that keep them right. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ProjectService {

    private final ProjectRepository projects;
    private final FundingRepository fundingLines;
    private final PartnershipRepository partnerships;
    private final ComponentRepository components;
    private final ProjectQueries queries;
    private final Departments departments;
    private final OrganisationService organisations;
    private final UserService users;
    private final Countries countries;
    private final Currencies currencies;
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
                .orElseGet(() -> new ProjectChoice(typed, null, ProjectChoice.UNKNOWN));
    }

    /** The project list: a page, and its filters' choices, in one transaction. */
    ListPage listPage(ProjectFilter filter) {
        return new ListPage(queries.search(filter), departments.all(), queries.donors(), queries.years());
    }

    record ListPage(
            Page<ProjectRow> page,
            List<Department> departments,
            List<OrganisationOption> donors,
            List<Integer> years) {}

    /** Organisations that fund a project, by name: the choices of donor filters. */
    public List<OrganisationOption> donors() {
        return queries.donors();
    }

    @Transactional
    public Project create(ProjectForm form) {
        check(form, null);
        Project project = new Project(form, department(form), manager(form));
        return projects.saveAndFlush(project);
    }

    @Transactional
    Project update(long id, ProjectForm form) {
        Project project = get(id);
        project.checkVersion(form.getVersion());
        check(form, project);
        project.apply(form, department(form), manager(form));
        return projects.saveAndFlush(project);
    }

    /** How many activities stand in the way of deleting the project. */
    long activityCount(long id) {
        ProjectActivities source = activities.getIfAvailable();
        return source == null ? 0 : source.countFor(id);
    }

    @Transactional
    void delete(long id) {
        Project project = get(id);
        long count = activityCount(id);
        if (count > 0) {
            throw new InUseException(project.getCode() + " has " + count + (count == 1 ? " activity" : " activities")
                    + " and cannot be deleted. Cancel the project instead: its history is kept.");
        }
        projects.delete(project);
    }

    @Transactional
    void cancel(long id) {
        get(id).cancel();
    }

    // Funding lines

    Funding fundingLine(long projectId, long fundingId) {
        return fundingLines
                .findById(fundingId)
                .filter(f -> f.getProject().getId() == projectId)
                .orElseThrow(() -> new NotFoundException("Funding line", fundingId));
    }

    @Transactional
    public Funding addFunding(long projectId, FundingForm form) {
        Project project = get(projectId);
        Organisation donor = checkFunding(form, null);
        return fundingLines.saveAndFlush(new Funding(project, donor, form));
    }

    @Transactional
    void updateFunding(long projectId, long fundingId, FundingForm form) {
        Funding funding = fundingLine(projectId, fundingId);
        funding.checkVersion(form.getVersion());
        funding.apply(checkFunding(form, funding), form);
        fundingLines.flush();
    }

    @Transactional
    void removeFunding(long projectId, long fundingId) {
        fundingLines.delete(fundingLine(projectId, fundingId));
    }

    // Partnerships

    @Transactional
    public Partnership addPartnership(long projectId, PartnershipForm form) {
        Project project = get(projectId);
        Organisation organisation = organisations
                .find(form.getOrganisationId())
                .filter(Organisation::isActive)
                .orElseThrow(() -> new InvalidInput(List.of(
                        new InvalidInput.Problem("organisationId", "Choose an active organisation from the list."))));
        if (partnerships.exists(projectId, organisation.getId(), form.getRole())) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(
                    "organisationId",
                    organisation.displayName() + " is already a "
                            + form.getRole().label().toLowerCase() + " of this project.")));
        }
        return partnerships.saveAndFlush(new Partnership(project, organisation, form.getRole()));
    }

    @Transactional
    void removePartnership(long projectId, long partnershipId) {
        Partnership partnership = partnerships
                .findById(partnershipId)
                .filter(p -> p.getProject().getId() == projectId)
                .orElseThrow(() -> new NotFoundException("Partnership", partnershipId));
        partnerships.delete(partnership);
    }

    // Components

    ProjectComponent component(long projectId, long componentId) {
        return components
                .findById(componentId)
                .filter(c -> c.getProject().getId() == projectId)
                .orElseThrow(() -> new NotFoundException("Component", componentId));
    }

    /** The number a new component gets by default: one after the last. */
    int nextComponentNumber(long projectId) {
        return components.findByProject(projectId).stream()
                        .mapToInt(ProjectComponent::getNumber)
                        .max()
                        .orElse(0)
                + 1;
    }

    @Transactional
    public ProjectComponent addComponent(long projectId, ComponentForm form) {
        Project project = get(projectId);
        checkComponentNumber(projectId, form, null);
        return components.saveAndFlush(new ProjectComponent(project, form));
    }

    @Transactional
    void updateComponent(long projectId, long componentId, ComponentForm form) {
        ProjectComponent component = component(projectId, componentId);
        component.checkVersion(form.getVersion());
        checkComponentNumber(projectId, form, component);
        component.apply(form);
        components.flush();
    }

    @Transactional
    void removeComponent(long projectId, long componentId) {
        components.delete(component(projectId, componentId));
    }

    /** Sums per currency, never across currencies. */
    static Map<String, BigDecimal> totals(List<Funding> funding) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        funding.forEach(f -> totals.merge(f.getCurrency(), f.getAmount(), BigDecimal::add));
        return totals;
    }

    private void check(ProjectForm form, Project existing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (form.getStartDate() != null && form.getEndDate() != null) {
            problems.addIf(
                    form.getEndDate().isBefore(form.getStartDate()),
                    "endDate",
                    "The end date cannot be before the start date.");
        }
        projects.findByCode(form.getCode())
                .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other -> problems.add(
                        "code", "The code " + form.getCode() + " is already used by “" + other.getTitle() + "”."));
        problems.addIf(
                departments.find(form.getDepartmentId()).isEmpty(),
                "departmentId",
                "Choose a department from the list.");
        problems.addIf(
                form.getManagerId() != null && users.find(form.getManagerId()).isEmpty(),
                "managerId",
                "Choose a project manager from the list.");
        problems.addIf(
                form.getCountries().stream().anyMatch(c -> !countries.isValid(c)),
                "countries",
                "Choose countries from the list.");
        problems.check();
    }

    private Department department(ProjectForm form) {
        return departments.get(form.getDepartmentId());
    }

    private UserAccount manager(ProjectForm form) {
        return users.find(form.getManagerId()).orElse(null);
    }

    private Organisation checkFunding(FundingForm form, Funding existing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Organisation donor = organisations
                .find(form.getDonorId())
                .filter(o -> o.isActive()
                        || (existing != null
                                && o.getId().equals(existing.getDonor().getId())))
                .orElse(null);
        problems.addIf(donor == null, "donorId", "Choose an active donor from the list.");
        boolean knownCurrency = currencies.isValid(form.getCurrency());
        problems.addIf(!knownCurrency, "currency", "Choose a currency from the list.");
        if (knownCurrency
                && form.getAmount() != null
                && !currencies.fitsMinorUnit(form.getAmount(), form.getCurrency())) {
            int digits = currencies.minorDigits(form.getCurrency());
            problems.add(
                    "amount",
                    digits == 0
                            ? form.getCurrency() + " amounts have no decimal places."
                            : form.getCurrency() + " amounts have at most " + digits + " decimal places.");
        }
        if (form.getPeriodStart() != null && form.getPeriodEnd() != null) {
            problems.addIf(
                    form.getPeriodEnd().isBefore(form.getPeriodStart()),
                    "periodEnd",
                    "The period cannot end before it starts.");
        }
        problems.check();
        return donor;
    }

    private void checkComponentNumber(long projectId, ComponentForm form, ProjectComponent existing) {
        boolean taken = components.findByProject(projectId).stream()
                .anyMatch(c -> c.getNumber() == form.getNumber() && c != existing);
        new InvalidInput.Collector()
                .addIf(taken, "number", "Component " + form.getNumber() + " already exists in this project.")
                .check();
    }
}
