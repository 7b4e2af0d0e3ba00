package org.mekonginstitute.portal.finance;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.ListQuery;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Monthly exchange rates as staff enter them from the bank's or the treasury's figures: one unit of a currency is
 * worth {@code rate} units of another in that month. Entering a month's rate again replaces it.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ExchangeRates {

    static final int PAGE_SIZE = 50;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Currencies currencies;

    /** A rate as listed. */
    public record Rate(long id, YearMonth month, String currency, String toCurrency, BigDecimal rate) {}

    public Page<Rate> list(String currency, int page) {
        ListQuery query = new ListQuery();
        if (currency != null && currencies.isValid(currency)) {
            query.where("(currency = :c or to_currency = :c)", "c", currency);
        }
        return query.page(
                named,
                "select id, month, currency, to_currency, rate",
                "exchange_rate",
                "month desc, currency, to_currency",
                page,
                PAGE_SIZE,
                (rs, n) -> new Rate(
                        rs.getLong(1),
                        YearMonth.from(rs.getObject(2, LocalDate.class)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getBigDecimal(5)));
    }

    public Optional<BigDecimal> rate(String currency, String toCurrency, YearMonth month) {
        return jdbc
                .query(
                        "select rate from exchange_rate where month = ? and currency = ? and to_currency = ?",
                        (rs, n) -> rs.getBigDecimal(1),
                        month.atDay(1),
                        currency,
                        toCurrency)
                .stream()
                .findFirst();
    }

    /** Saves the month's rate; true when it replaced one entered before. */
    @Transactional
    public boolean save(YearMonth month, String currency, String toCurrency, BigDecimal rate) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(!currencies.isValid(currency), "currency", Text.of("finance.currency.unknown"));
        problems.addIf(!currencies.isValid(toCurrency), "toCurrency", Text.of("finance.currency.unknown"));
        problems.addIf(currency != null && currency.equals(toCurrency), "toCurrency", Text.of("finance.rates.same"));
        problems.addIf(rate.signum() <= 0, "rate", Text.of("finance.rate.positive"));
        problems.addIf(
                rate.signum() > 0 && rate.stripTrailingZeros().scale() > Spending.RATE_DECIMALS,
                "rate",
                Text.of("finance.rate.decimals", String.valueOf(Spending.RATE_DECIMALS)));
        problems.addIf(
                rate.signum() > 0 && rate.precision() - rate.scale() > 14, "rate", Text.of("finance.rate.smaller"));
        problems.check();
        int replaced = jdbc.update(
                "update exchange_rate set rate = ?, version = version + 1, updated_at = now(),"
                        + " updated_by = coalesce(nullif(current_setting('portal.actor', true), ''), 'system')"
                        + " where month = ? and currency = ? and to_currency = ?",
                rate,
                month.atDay(1),
                currency,
                toCurrency);
        if (replaced == 0) {
            jdbc.update(
                    "insert into exchange_rate (month, currency, to_currency, rate) values (?, ?, ?, ?)",
                    month.atDay(1),
                    currency,
                    toCurrency,
                    rate);
        }
        return replaced > 0;
    }

    @Transactional
    public void remove(long id) {
        if (jdbc.update("delete from exchange_rate where id = ?", id) == 0) {
            throw new NotFoundException("exchange_rate", id);
        }
    }
}
