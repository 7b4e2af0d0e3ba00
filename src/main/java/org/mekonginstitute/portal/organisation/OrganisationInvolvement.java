package org.mekonginstitute.portal.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How an organisation takes part in projects, told by the project feature (which knows projects; this feature
 * does not): what it funds, with totals per currency, and where it is a partner.
 */
public interface OrganisationInvolvement {

    Involvement of(long organisationId);

    record Involvement(
            List<FundedProject> funded, Map<String, BigDecimal> fundingTotals, List<PartneredProject> partnered) {

        public static final Involvement NONE = new Involvement(List.of(), Map.of(), List.of());

        /** Funding lines and partnerships that refer to the organisation: while any exist it cannot be deleted. */
        public int references() {
            return funded.stream().mapToInt(FundedProject::fundingLines).sum() + partnered.size();
        }
    }

    record FundedProject(
            long projectId,
            String code,
            String title,
            String status,
            LocalDate start,
            LocalDate end,
            int fundingLines,
            Map<String, BigDecimal> totals) {}

    record PartneredProject(long projectId, String code, String title, String status, String role) {}
}
