package org.mekonginstitute.portal.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A funding line as agreed with a donor: the exact amount in one currency, the agreement's reference and the
 * period it covers. The service finds the donor and checks the currency; the funding line takes the rest.
 *
 * @param version the version of the funding line the form was opened at (ignored for a new one)
 */
public record FundingTerms(
        Long donorId,
        BigDecimal amount,
        String currency,
        String agreementRef,
        LocalDate periodStart,
        LocalDate periodEnd,
        long version) {}
