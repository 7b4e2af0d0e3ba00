package org.mekonginstitute.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The rules of money spent and of a budget's currency, without an application. */
class SpendingTest {

    private static Spending paid(String amount, String currency, String rate) {
        return new Spending(
                LocalDate.of(2026, 3, 10),
                BudgetCategory.TRAVEL,
                new BigDecimal(amount),
                currency,
                new BigDecimal(rate),
                null,
                null);
    }

    @Test
    void theConvertedAmountIsTheExactProductOfAmountAndRate() {
        assertThat(paid("2450.00", "USD", "35.41").converted()).isEqualByComparingTo("86754.5");
        assertThat(paid("0.10", "USD", "0.3333333333").converted()).isEqualByComparingTo("0.03333333333");
    }

    @Test
    void spendingInTheBudgetCurrencyHasARateOfOne() {
        assertThat(paid("100", "THB", "1.00").problems("THB", 2)).isEmpty();
        assertThat(paid("100", "THB", "1.01").problems("THB", 2)).containsKey("rate");
    }

    @Test
    void anAmountMustBePositiveAndFitTheCurrency() {
        assertThat(paid("0", "USD", "35").problems("THB", 2)).containsKey("amount");
        assertThat(paid("100.5", "JPY", "0.23").problems("THB", 0))
                .containsEntry("amount", "JPY amounts have no decimals.");
        assertThat(paid("10.123", "USD", "35").problems("THB", 2)).containsKey("amount");
    }

    @Test
    void aRateMustBePositiveWithAtMostTenDecimals() {
        assertThat(paid("10", "USD", "0").problems("THB", 2)).containsKey("rate");
        assertThat(paid("10", "USD", "35.12345678901").problems("THB", 2)).containsKey("rate");
        assertThat(paid("10", "USD", "35.1234567890").problems("THB", 2)).isEmpty();
    }

    @Test
    void theBudgetCurrencyChangesOnlyWhileNoMoneyIsRecordedInIt() {
        assertThat(new BudgetCurrency("THB", false).changeTo("USD").code()).isEqualTo("USD");
        assertThat(new BudgetCurrency("THB", true).changeTo("THB").code()).isEqualTo("THB");
        assertThatThrownBy(() -> new BudgetCurrency("THB", true).changeTo("USD"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stays THB");
    }

    @Test
    void figuresSayWhatRemainsAndWhatShareIsSpent() {
        Figures figures = new Figures("Travel", new BigDecimal("1000"), new BigDecimal("800"), new BigDecimal("250.5"));
        assertThat(figures.remaining()).isEqualByComparingTo("749.5");
        assertThat(figures.spentPercent()).isEqualTo(25);
        assertThat(Figures.zero("Other").spentPercent()).isNull();
    }
}
