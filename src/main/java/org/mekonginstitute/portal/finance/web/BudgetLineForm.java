package org.mekonginstitute.portal.finance.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.finance.BudgetCategory;
import org.mekonginstitute.portal.finance.FinanceService;
import org.mekonginstitute.portal.shared.PlainText;

import java.io.Serializable;
import java.math.BigDecimal;

/** A line of a project's budget: a year, optionally a component, a category and an amount. */
@Getter
@Setter
public class BudgetLineForm implements Serializable {

    @NotNull(message = "{finance.form.year.required}")
    private Integer year;

    private Long componentId;

    @NotNull(message = "{finance.form.category.required}")
    private BudgetCategory category;

    @NotNull(message = "{finance.form.amount.required}")
    @Digits(integer = 15, fraction = 4)
    @DecimalMax(value = "999999999999999", message = "{finance.amount.smaller}")
    private BigDecimal amount;

    @Size(max = 500)
    private String note;

    FinanceService.NewLine toLine() {
        return new FinanceService.NewLine(year, componentId, category, amount, PlainText.strippedOrNull(note));
    }
}
