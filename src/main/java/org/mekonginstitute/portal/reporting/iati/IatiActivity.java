package org.mekonginstitute.portal.reporting.iati;

import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.ProjectStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the IATI file says about one project, read in a few statements for one project or all ongoing ones. */
record IatiActivity(
        long id,
        String code,
        String title,
        String goal,
        String background,
        ProjectStatus status,
        LocalDate startDate,
        LocalDate endDate,
        List<String> countries,
        String sectorCode,
        Instant updatedAt,
        LocalDate actualStart,
        LocalDate actualEnd,
        List<FundingLine> funding,
        List<Partner> partners) {

    record FundingLine(
            String donor,
            OrganisationType donorType,
            BigDecimal amount,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd) {}

    record Partner(String name, OrganisationType type, PartnershipRole role) {}
}
