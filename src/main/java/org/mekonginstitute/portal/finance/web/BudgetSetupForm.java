package org.mekonginstitute.portal.finance.web;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;

import java.io.Serializable;

/** The currency a project's budget is kept in. */
@Getter
@Setter
public class BudgetSetupForm implements Serializable {

    @NotBlank(message = "{finance.form.currency.required}")
    private String currency;

    private long version;
}
