package org.mekonginstitute.portal.project;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.InvalidInput;
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
                    overview.endDate().isBefore(overview.startDate()),
                    "endDate",
                    "The end date cannot be before the start date.");
        }
        projects.findByCode(overview.code())
                .filter(other -> existing == null || !other.getId().equals(existing.getId()))
                .ifPresent(other -> problems.add(
                        "code", "The code " + overview.code() + " is already used by “" + other.getTitle() + "”."));
        problems.addIf(
                departments.find(overview.departmentId()).isEmpty(),
                "departmentId",
                "Choose a department from the list.");
        problems.addIf(
                overview.managerId() != null && users.find(overview.managerId()).isEmpty(),
                "managerId",
                "Choose a project manager from the list.");
        problems.addIf(
                overview.countries().stream().anyMatch(c -> !countries.isValid(c)),
                "countries",
                "Choose countries from the list.");
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
        problems.addIf(donor == null, "donorId", "Choose an active donor from the list.");
        boolean knownCurrency = currencies.isValid(terms.currency());
        problems.addIf(!knownCurrency, "currency", "Choose a currency from the list.");
        if (knownCurrency && terms.amount() != null && !currencies.fitsMinorUnit(terms.amount(), terms.currency())) {
            int digits = currencies.minorDigits(terms.currency());
            problems.add(
                    "amount",
                    digits == 0
                            ? terms.currency() + " amounts have no decimal places."
                            : terms.currency() + " amounts have at most " + digits + " decimal places.");
        }
        if (terms.periodStart() != null && terms.periodEnd() != null) {
            problems.addIf(
                    terms.periodEnd().isBefore(terms.periodStart()),
                    "periodEnd",
                    "The period cannot end before it starts.");
        }
        problems.check();
        return donor;
    }
}
