package org.mekonginstitute.portal.finance.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.finance.BudgetCategory;
import org.mekonginstitute.portal.finance.Spending;
import org.mekonginstitute.portal.shared.PlainText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Money spent for an activity, as typed: the rate may be left blank to take the month's. */
@Getter
@Setter
public class ExpenditureForm implements Serializable {

    @NotNull(message = "{finance.form.spentOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate spentOn;

    @NotNull(message = "{finance.form.category.required}")
    private BudgetCategory category;

    @NotNull(message = "{finance.form.amount.required}")
    @Digits(integer = 15, fraction = 4)
    @DecimalMax(value = "999999999999999", message = "{finance.amount.smaller}")
    private BigDecimal amount;

    @NotBlank(message = "{finance.form.paidIn.required}")
    private String currency;

    @Digits(integer = 14, fraction = 10)
    private BigDecimal rate;

    @Size(max = 200)
    private String payee;

    @Size(max = 100)
    private String reference;

    private Long receiptDocumentId;

    /** A receipt to keep among the activity's documents: never kept with the form. */
    private transient MultipartFile receipt;

    /** A blank form, paid in the activity's currency until the user chooses another. */
    static ExpenditureForm in(String currency) {
        ExpenditureForm form = new ExpenditureForm();
        form.currency = currency;
        return form;
    }

    Spending toSpending() {
        return new Spending(
                spentOn,
                category,
                amount,
                currency,
                rate,
                PlainText.strippedOrNull(payee),
                PlainText.strippedOrNull(reference));
    }
}
