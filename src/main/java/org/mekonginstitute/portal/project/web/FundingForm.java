package org.mekonginstitute.portal.project.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.project.Funding;
import org.mekonginstitute.portal.project.FundingTerms;
import org.mekonginstitute.portal.shared.Period;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.beans.BeanUtils;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A funding line as typed: donor, exact amount and currency, agreement and period. */
@Getter
@Setter
public class FundingForm implements Serializable {

    @NotNull(message = "{project.funding.donor.required}")
    private Long donorId;

    @NotNull(message = "{project.funding.amount.required}")
    @DecimalMin(value = "0", inclusive = false, message = "{project.funding.amount.positive}")
    @Digits(integer = 15, fraction = 4, message = "{project.funding.amount.digits}")
    private BigDecimal amount;

    @NotBlank(message = "{project.funding.currency.required}")
    private String currency = "USD";

    @Size(max = 100)
    private String agreementRef;

    private LocalDate periodStart;

    private LocalDate periodEnd;

    private long version;

    /** The period rule, checked with the annotations so every problem shows at once. */
    void checkPeriod(org.springframework.validation.Errors errors) {
        Period.checkEndNotBeforeStart(
                errors, periodStart, "periodEnd", periodEnd, Text.of("project.funding.period.endBeforeStart"));
    }

    /** What was typed, as the terms the funding line takes. */
    FundingTerms toTerms() {
        return new FundingTerms(donorId, amount, currency, agreementRef, periodStart, periodEnd, version);
    }

    static FundingForm of(Funding funding) {
        FundingForm form = new FundingForm();
        BeanUtils.copyProperties(funding, form);
        form.donorId = funding.getDonor().getId();
        form.amount = funding.getAmount().stripTrailingZeros();
        if (form.amount.scale() < 0) {
            form.amount = form.amount.setScale(0);
        }
        return form;
    }
}
