package org.mekonginstitute.portal.shared;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * ISO 4217 currencies. Those the region's donors and partners pay in come first in pickers; amounts are exact
 * decimals with at most the currency's minor digits (none for yen, dong or won).
 */
@Component("currencies")
public class Currencies {

    private static final List<String> COMMON = List.of(
            "USD", "THB", "AUD", "EUR", "JPY", "CNY", "KRW", "GBP", "CHF", "NZD", "SGD", "CAD", "SEK", "NOK", "DKK",
            "LAK", "KHR", "MMK", "VND");

    private final List<Currency> ordered;

    /** Each offered language's names of the currencies, by code: a picker lists some 180 of them. */
    private final Map<Language, Map<String, String>> names = new EnumMap<>(Language.class);

    public Currencies() {
        List<Currency> others = new ArrayList<>(Currency.getAvailableCurrencies().stream()
                .filter(c -> !COMMON.contains(c.getCurrencyCode()))
                .filter(c -> c.getDefaultFractionDigits() >= 0)
                .toList());
        others.sort(Comparator.comparing(Currency::getCurrencyCode));
        List<Currency> all = new ArrayList<>();
        COMMON.forEach(code -> all.add(Currency.getInstance(code)));
        all.addAll(others);
        this.ordered = List.copyOf(all);
        for (Language language : Language.offeredLanguages()) {
            Map<String, String> named = new HashMap<>();
            ordered.forEach(c -> named.put(c.getCurrencyCode(), c.getDisplayName(language.locale())));
            names.put(language, Map.copyOf(named));
        }
    }

    public List<Currency> all() {
        return ordered;
    }

    public boolean isValid(String code) {
        return code != null
                && ordered.stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }

    /** How many decimal places an amount in this currency may have. */
    public int minorDigits(String code) {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /** Whether the amount fits the currency's minor unit (e.g. no cents on yen). */
    public boolean fitsMinorUnit(BigDecimal amount, String code) {
        return amount.stripTrailingZeros().scale() <= minorDigits(code);
    }

    /** "AUD 1,250,000.00" */
    public String format(BigDecimal amount, String code) {
        if (amount == null) {
            return "";
        }
        int digits = isValid(code) ? minorDigits(code) : 2;
        DecimalFormat format = new DecimalFormat(
                digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
                DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return code + " " + format.format(amount);
    }

    /** "THB – Thai Baht": the code and the currency's name in the reader's language. */
    public String label(Currency currency) {
        Language language = Language.of(LocaleContextHolder.getLocale());
        String name = names.getOrDefault(language, names.get(Language.ENGLISH)).get(currency.getCurrencyCode());
        return currency.getCurrencyCode() + " – " + (name == null ? currency.getDisplayName(language.locale()) : name);
    }

    public Set<String> codes() {
        return Set.copyOf(ordered.stream().map(Currency::getCurrencyCode).toList());
    }
}
