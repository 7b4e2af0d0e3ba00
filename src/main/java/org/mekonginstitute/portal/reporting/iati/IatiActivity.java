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

    /**
     * When IATI is told the project actually started: the first held activity's start; for an ongoing or
     * completed project without one, its start date if that is past.
     */
    LocalDate actualStart(LocalDate today) {
        if (status != ProjectStatus.ONGOING && status != ProjectStatus.COMPLETED) {
            return actualStart;
        }
        if (actualStart != null) {
            return actualStart;
        }
        return startDate.isAfter(today) ? null : startDate;
    }

    /**
     * When a completed project actually ended: its last held activity's end, else its end date; never later than
     * today. None while it is not completed.
     */
    LocalDate actualEnd(LocalDate today) {
        if (status != ProjectStatus.COMPLETED) {
            return null;
        }
        LocalDate end = actualEnd == null ? endDate : actualEnd;
        return end.isAfter(today) ? today : end;
    }

    record FundingLine(
            String donor,
            OrganisationType donorType,
            BigDecimal amount,
            String currency,
            LocalDate periodStart,
            LocalDate periodEnd) {}

    record Partner(String name, OrganisationType type, PartnershipRole role) {}
}
