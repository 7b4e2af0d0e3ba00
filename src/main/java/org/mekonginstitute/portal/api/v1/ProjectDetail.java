package org.mekonginstitute.portal.api.v1;

import org.mekonginstitute.portal.project.Funding;
import org.mekonginstitute.portal.project.Partnership;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.ProjectComponent;
import org.mekonginstitute.portal.project.ProjectDetails;
import org.mekonginstitute.portal.project.ProjectStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A project with its funding lines (and totals per currency, never summed across currencies), partners and
 * components.
 */
public record ProjectDetail(
        long id,
        String code,
        String title,
        String department,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate endDate,
        List<String> countries,
        String background,
        String goal,
        StaffMember manager,
        String sectorCode,
        List<FundingLine> funding,
        Map<String, BigDecimal> fundingTotals,
        List<Partner> partners,
        List<Component> components) {

    /** Money a donor gives the project, in one currency (ISO 4217), under an agreement, for a period. */
    public record FundingLine(
            long id,
            OrganisationRef donor,
            BigDecimal amount,
            String currency,
            String agreementRef,
            LocalDate periodStart,
            LocalDate periodEnd) {}

    /** An organisation's part in the project. */
    public record Partner(long id, OrganisationRef organisation, PartnershipRole role) {}

    /** A numbered activity or output of the project, with its objective. */
    public record Component(long id, int number, String title, String objective) {}

    static ProjectDetail of(ProjectDetails details) {
        var p = details.project();
        return new ProjectDetail(
                p.getId(),
                p.getCode(),
                p.getTitle(),
                p.getDepartment().getName(),
                p.getStatus(),
                p.getStartDate(),
                p.getEndDate(),
                List.copyOf(p.getCountries()),
                p.getBackground(),
                p.getGoal(),
                StaffMember.of(p.getManager()),
                p.getSectorCode(),
                details.funding().stream().map(ProjectDetail::line).toList(),
                details.fundingTotals(),
                details.partnerships().stream().map(ProjectDetail::partner).toList(),
                details.components().stream().map(ProjectDetail::component).toList());
    }

    private static FundingLine line(Funding f) {
        return new FundingLine(
                f.getId(),
                OrganisationRef.of(f.getDonor()),
                f.getAmount(),
                f.getCurrency(),
                f.getAgreementRef(),
                f.getPeriodStart(),
                f.getPeriodEnd());
    }

    private static Partner partner(Partnership p) {
        return new Partner(p.getId(), OrganisationRef.of(p.getOrganisation()), p.getRole());
    }

    private static Component component(ProjectComponent c) {
        return new Component(c.getId(), c.getNumber(), c.getTitle(), c.getObjective());
    }
}
