package org.mekonginstitute.portal.project;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.Text;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.stereotype.Component;

/**
 * The rules of a project's overview and funding lines that need other records or the reference lists: a code no
 * other project has, a department, manager and countries from the lists, an active donor, a known currency with
 * its own decimals. Every problem is told beside its field at once ({@link InvalidInput}).
 */
@Component
@RequiredArgsConstructor
class ProjectChecks {

    private final ProjectRepository projects;
    private final Departments departments;
    private final UserService users;
    private final Countries countries;
    private final Currencies currencies;
    private final OrganisationService organisations;

    /** Checks the overview of a new project ({@code existing} null) or of an existing one. */
    void check(ProjectOverview overview, Project existing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (overview.startDate() != null && overview.endDate() != null) {
            problems.addIf(
                    overview.endDate().isBefore(overview.startDate()), "endDate", Text.of("project.endBeforeStart"));
        }
        projects.findByCode(overview.code())
                .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other ->
                        problems.add("code", Text.of("project.code.taken", overview.code(), other.getTitle())));
        problems.addIf(
                departments.find(overview.departmentId()).isEmpty(),
                "departmentId",
                Text.of("project.department.unknown"));
        problems.addIf(
                overview.managerId() != null && users.find(overview.managerId()).isEmpty(),
                "managerId",
                Text.of("project.manager.unknown"));
        problems.addIf(
                overview.countries().stream().anyMatch(c -> !countries.isValid(c)),
                "countries",
                Text.of("project.countries.unknown"));
        problems.check();
    }

    /**
     * The donor of a new funding line ({@code existing} null) or of a changed one, which may keep a donor
     * deactivated since; and the currency and period rules.
     */
    Organisation donor(FundingTerms terms, Funding existing) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        Organisation donor = organisations
                .find(terms.donorId())
                .filter(o -> o.isActive()
                        || (existing != null
                                && o.getId().equals(existing.getDonor().getId())))
                .orElse(null);
        problems.addIf(donor == null, "donorId", Text.of("project.funding.donor.unknown"));
        boolean knownCurrency = currencies.isValid(terms.currency());
        problems.addIf(!knownCurrency, "currency", Text.of("project.funding.currency.unknown"));
        if (knownCurrency && terms.amount() != null && !currencies.fitsMinorUnit(terms.amount(), terms.currency())) {
            int digits = currencies.minorDigits(terms.currency());
            problems.add(
                    "amount",
                    digits == 0
                            ? Text.of("project.funding.amount.noDecimals", terms.currency())
                            : Text.of("project.funding.amount.decimals", terms.currency(), String.valueOf(digits)));
        }
        if (terms.periodStart() != null && terms.periodEnd() != null) {
            problems.addIf(
                    terms.periodEnd().isBefore(terms.periodStart()),
                    "periodEnd",
                    Text.of("project.funding.period.endBeforeStart"));
        }
        problems.check();
        return donor;
    }
}
