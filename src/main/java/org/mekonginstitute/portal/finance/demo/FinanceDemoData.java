package org.mekonginstitute.portal.finance.demo;

import static org.mekonginstitute.portal.finance.BudgetCategory.ACCOMMODATION;
import static org.mekonginstitute.portal.finance.BudgetCategory.MATERIALS;
import static org.mekonginstitute.portal.finance.BudgetCategory.OVERHEAD;
import static org.mekonginstitute.portal.finance.BudgetCategory.RESOURCE_PERSONS;
import static org.mekonginstitute.portal.finance.BudgetCategory.STAFF;
import static org.mekonginstitute.portal.finance.BudgetCategory.TRAVEL;
import static org.mekonginstitute.portal.finance.BudgetCategory.VENUE_AND_MEALS;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.IncomingFile;
import org.mekonginstitute.portal.finance.ActivityMoneyService;
import org.mekonginstitute.portal.finance.BudgetCategory;
import org.mekonginstitute.portal.finance.ExchangeRates;
import org.mekonginstitute.portal.finance.FinanceService;
import org.mekonginstitute.portal.finance.Spending;
import org.mekonginstitute.portal.system.DemoDataEnabled;
import org.mekonginstitute.portal.user.PortalUser;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The budget of the ongoing back-office support to the interim ACMECS secretariat (MI-AIS-2024) in baht, by year,
 * component and category; the planned budgets of this year's activities; what the consultation and the training
 * cost, partly paid in US dollars at the month's rate; and monthly rates. All figures are illustrative.
 */
@Component
@Order(70)
@Conditional(DemoDataEnabled.class)
@RequiredArgsConstructor
class FinanceDemoData implements ApplicationRunner {

    private static final String AIS = "MI-AIS-2024";

    private final FinanceService finance;
    private final ActivityMoneyService money;
    private final ExchangeRates rates;
    private final UserService users;
    private final JdbcTemplate jdbc;

    @Override
    public void run(ApplicationArguments args) {
        Long project = one("select id from project where code = ?", AIS);
        if (project == null || one("select count(*) from project_budget where project_id = ?", project) > 0) {
            return;
        }
        rates();
        finance.setCurrency(project, "THB", 0);
        Long policy = one("select id from project_component where project_id = ? and number = 1", project);
        Long reporting = one("select id from project_component where project_id = ? and number = 2", project);
        for (int year = 2024; year <= 2027; year++) {
            int share = year == 2024 || year == 2027 ? 1 : 3; // the first and last years are short
            line(project, year, null, STAFF, 400_000 * share);
            line(project, year, null, OVERHEAD, 80_000 * share);
            line(project, year, policy, TRAVEL, 150_000 * share);
            line(project, year, policy, ACCOMMODATION, 120_000 * share);
            line(project, year, policy, VENUE_AND_MEALS, 100_000 * share);
            line(project, year, policy, RESOURCE_PERSONS, 60_000 * share);
            line(project, year, reporting, MATERIALS, 40_000 * share);
            line(project, year, reporting, VENUE_AND_MEALS, 50_000 * share);
        }
        activities(policy, reporting);
    }

    /** This year's activities of the project: what each is planned to cost and what was paid so far. */
    private void activities(Long policy, Long reporting) {
        PortalUser staff = users.actingAs("staff@demo.mekonginstitute.org");
        consultation(policy, staff);
        training(policy, staff);
        costs(
                "Workshop on monitoring and reporting of the ACMECS Master Plan",
                reporting,
                Map.of(TRAVEL, 200_000, ACCOMMODATION, 160_000, VENUE_AND_MEALS, 140_000, MATERIALS, 20_000),
                staff);
    }

    private void consultation(Long component, PortalUser staff) {
        costs(
                "Regional consultation on the ACMECS project pipeline",
                component,
                Map.of(
                        TRAVEL,
                        180_000,
                        ACCOMMODATION,
                        150_000,
                        VENUE_AND_MEALS,
                        120_000,
                        RESOURCE_PERSONS,
                        60_000,
                        MATERIALS,
                        15_000),
                staff,
                new Paid("2026-03-10", TRAVEL, "2450.00", "USD", "Thai Airways International", "TG-2603-118", true),
                new Paid("2026-03-26", ACCOMMODATION, "96000.00", "THB", "Amari Watergate Bangkok", "AWB-55120", false),
                new Paid(
                        "2026-03-26",
                        VENUE_AND_MEALS,
                        "84500.00",
                        "THB",
                        "Centara Grand at CentralWorld",
                        "CGC-7781",
                        false),
                new Paid(
                        "2026-03-27",
                        RESOURCE_PERSONS,
                        "1200.00",
                        "USD",
                        "Resource person, project appraisal",
                        "RP-2026-03",
                        false));
    }

    private void training(Long component, PortalUser staff) {
        costs(
                "Training on policy coordination for ACMECS national focal points",
                component,
                Map.of(
                        TRAVEL,
                        250_000,
                        ACCOMMODATION,
                        220_000,
                        VENUE_AND_MEALS,
                        160_000,
                        RESOURCE_PERSONS,
                        120_000,
                        MATERIALS,
                        25_000),
                staff,
                new Paid("2026-08-10", TRAVEL, "5800.50", "USD", "Bangkok Airways", "PG-2608-042", false),
                new Paid(
                        "2026-08-21",
                        ACCOMMODATION,
                        "187200.00",
                        "THB",
                        "Pullman Khon Kaen Raja Orchid",
                        "PKK-20931",
                        false),
                new Paid(
                        "2026-08-21",
                        VENUE_AND_MEALS,
                        "132000.00",
                        "THB",
                        "Mekong Institute conference services",
                        "MI-CS-0821",
                        false),
                new Paid("2026-08-14", MATERIALS, "18750.00", "THB", "Khon Kaen Printing", "KKP-3310", false));
    }

    /** What one of the project's activities is planned to cost and what was paid for it, when the activity is there. */
    private void costs(
            String title, Long component, Map<BudgetCategory, Integer> planned, PortalUser by, Paid... paid) {
        Long id = activity(title);
        if (id == null) {
            return;
        }
        plan(id, component, planned);
        for (Paid payment : paid) {
            spend(id, payment, by);
        }
    }

    /** Monthly rates of the US and Australian dollar to the baht for this year. */
    private void rates() {
        String[] usd = {
            "36.12", "35.88", "35.41", "35.63", "35.97", "36.20", "36.05", "35.74", "35.52", "35.30", "35.18", "35.25"
        };
        String[] aud = {
            "23.41", "23.30", "23.02", "23.15", "23.48", "23.66", "23.51", "23.37", "23.20", "23.05", "22.98", "23.04"
        };
        for (int month = 1; month <= 12; month++) {
            rates.save(YearMonth.of(2026, month), "USD", "THB", new BigDecimal(usd[month - 1]));
            rates.save(YearMonth.of(2026, month), "AUD", "THB", new BigDecimal(aud[month - 1]));
        }
    }

    private void line(long project, int year, Long component, BudgetCategory category, long amount) {
        finance.addLine(
                project, new FinanceService.NewLine(year, component, category, BigDecimal.valueOf(amount), null));
    }

    private void plan(long activity, Long component, Map<BudgetCategory, Integer> amounts) {
        Map<BudgetCategory, BigDecimal> planned = new EnumMap<>(BudgetCategory.class);
        amounts.forEach((category, amount) -> planned.put(category, BigDecimal.valueOf(amount)));
        money.savePlan(activity, new ActivityMoneyService.Plan(component, planned, -1));
    }

    /** A payment as the receipt states it; only some receipts were scanned and kept with it. */
    private record Paid(
            String date,
            BudgetCategory category,
            String amount,
            String currency,
            String payee,
            String reference,
            boolean withReceipt) {}

    private void spend(long activity, Paid paid, PortalUser by) {
        IncomingFile receipt = null;
        if (paid.withReceipt()) {
            byte[] text = ("Receipt " + paid.reference() + "\n" + paid.payee()
                            + "\nAirfares Vientiane, Phnom Penh and Hanoi to "
                            + "Bangkok, national focal points, regional consultation on the ACMECS project pipeline.\nTotal "
                            + paid.currency() + " " + paid.amount() + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            receipt =
                    new IncomingFile("receipt-" + paid.reference() + ".txt", text.length, new ByteArrayResource(text));
        }
        money.record(
                activity,
                new ActivityMoneyService.NewSpending(
                        new Spending(
                                LocalDate.parse(paid.date()),
                                paid.category(),
                                new BigDecimal(paid.amount()),
                                paid.currency(),
                                null,
                                paid.payee(),
                                paid.reference()),
                        receipt,
                        null),
                by);
    }

    private Long activity(String title) {
        return one("select id from activity where title = ? order by id limit 1", title);
    }

    private Long one(String sql, Object value) {
        List<Long> found = jdbc.queryForList(sql, Long.class, value);
        return found.isEmpty() ? null : found.get(0);
    }
}
