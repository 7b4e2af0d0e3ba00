package org.mekonginstitute.portal.finance.web;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's exchange rate: one unit of the currency is worth the rate in the other. */
@Getter
@Setter
public class RateForm implements Serializable {

    @NotNull(message = "{finance.form.month.required}")
    @DateTimeFormat(pattern = "yyyy-MM")
    private YearMonth month;

    @NotBlank(message = "{finance.form.rateCurrency.required}")
    private String currency;

    @NotBlank(message = "{finance.form.rateCurrency.required}")
    private String toCurrency;

    @NotNull(message = "{finance.form.rate.required}")
    @Digits(integer = 14, fraction = 10)
    private BigDecimal rate;
}
