package org.mekonginstitute.portal.finance;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Currencies;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Amounts in tables whose heading names the currency ({@code ${@money.amount(a, 'THB')}} in templates): the
 * figure alone, rounded half up to the currency's minor unit only here, when shown.
 */
@Component("money")
@RequiredArgsConstructor
public class MoneyFormat {

    private final Currencies currencies;

    public String amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        int digits = currencies.isValid(currency) ? currencies.minorDigits(currency) : 2;
        DecimalFormat format = new DecimalFormat(
                digits <= 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(amount.setScale(Math.max(digits, 0), RoundingMode.HALF_UP));
    }
}
