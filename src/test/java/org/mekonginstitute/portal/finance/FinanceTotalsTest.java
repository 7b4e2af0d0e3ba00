package org.mekonginstitute.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.project.ComponentOutline;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * Budgets and expenditure across currencies: totals are exact sums of amount × rate, by category and component;
 * the month's rate applies when none is typed; the budget page, the Excel file and the donor report agree.
 */
@PortalTest
class FinanceTotalsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    FinanceService finance;

    @Autowired
    ActivityMoneyService money;

    @Autowired
    ExchangeRates rates;

    @Autowired
    ProjectService projects;

    @Autowired
    UserService userService;

    @Autowired
    JdbcTemplate jdbc;

    /** A project kept in AUD with two components, a training and a workshop, and AUD, USD and THB spent. */
    private record Fixture(Project project, long component1, long component2, Activity training, Activity workshop) {}

    private Fixture fixture() {
        Project project =
                data.project("P-FIN-" + TestData.unique(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30));
        long c1 = projects.addComponent(project.getId(), new ComponentOutline(1, "Learning", null, 0))
                .getId();
        long c2 = projects.addComponent(project.getId(), new ComponentOutline(2, "Training", null, 0))
                .getId();
        finance.setCurrency(project.getId(), "AUD", 0);
        finance.addLine(
                project.getId(), new FinanceService.NewLine(2025, c1, BudgetCategory.TRAVEL, amount("10000.00"), null));
        finance.addLine(
                project.getId(), new FinanceService.NewLine(2026, c1, BudgetCategory.TRAVEL, amount("5000.00"), null));
        finance.addLine(
                project.getId(),
                new FinanceService.NewLine(2025, c2, BudgetCategory.VENUE_AND_MEALS, amount("8000.50"), null));
        finance.addLine(
                project.getId(), new FinanceService.NewLine(2025, null, BudgetCategory.STAFF, amount("20000"), null));
        Activity training = data.activity(project, LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7));
        Activity workshop = data.activity(project, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 3));
        money.savePlan(
                training.getId(),
                new ActivityMoneyService.Plan(
                        c2,
                        Map.of(
                                BudgetCategory.TRAVEL,
                                amount("4000"),
                                BudgetCategory.VENUE_AND_MEALS,
                                amount("3000.25")),
                        -1));
        money.savePlan(
                workshop.getId(), new ActivityMoneyService.Plan(c1, Map.of(BudgetCategory.TRAVEL, amount("2500")), -1));
        return new Fixture(project, c1, c2, training, workshop);
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text);
    }

    private void spend(
            Activity activity, String date, BudgetCategory category, String amount, String currency, String rate) {
        money.record(
                activity.getId(),
                new ActivityMoneyService.NewSpending(
                        new Spending(
                                LocalDate.parse(date),
                                category,
                                amount(amount),
                                currency,
                                rate == null ? null : amount(rate),
                                "Payee",
                                "REF"),
                        null,
                        null),
                userService.actingAs(TestUsers.STAFF));
    }

    @Test
    void totalsAcrossCurrenciesAreExactSumsOfAmountTimesRate() {
        Fixture f = fixture();
        // A rate with many decimals, as banks give them: 1 USD = 1.5384615385 AUD, 1 THB = 0.0431234567 AUD.
        rates.save(YearMonth.of(2025, 3), "USD", "AUD", amount("1.5384615385"));
        spend(f.training(), "2025-03-05", BudgetCategory.TRAVEL, "1234.56", "USD", null); // the month's rate
        spend(f.training(), "2025-03-06", BudgetCategory.VENUE_AND_MEALS, "45678.90", "THB", "0.0431234567");
        spend(f.training(), "2025-03-07", BudgetCategory.VENUE_AND_MEALS, "99.99", "AUD", null);
        spend(f.workshop(), "2026-02-02", BudgetCategory.TRAVEL, "0.01", "USD", "1.5");

        BigDecimal travelTraining = amount("1234.56").multiply(amount("1.5384615385"));
        BigDecimal venue = amount("45678.90").multiply(amount("0.0431234567")).add(amount("99.99"));
        BigDecimal travelWorkshop = amount("0.015");
        assertThat(travelTraining).isEqualByComparingTo("1899.323076970560");
        assertThat(venue).isEqualByComparingTo("2069.822066253630");

        ProjectFinance project = finance.project(f.project().getId());
        Map<String, Figures> byCategory = new java.util.HashMap<>();
        project.byCategory().forEach(row -> byCategory.put(row.label(), row));
        assertThat(byCategory.get("Travel").spent()).isEqualByComparingTo(travelTraining.add(travelWorkshop));
        assertThat(byCategory.get("Travel").budget()).isEqualByComparingTo("15000");
        assertThat(byCategory.get("Travel").planned()).isEqualByComparingTo("6500");
        assertThat(byCategory.get("Venue and meals").spent()).isEqualByComparingTo(venue);
        assertThat(byCategory.get("Staff").spent()).isEqualByComparingTo("0");
        assertThat(project.total().spent())
                .isEqualByComparingTo(travelTraining.add(travelWorkshop).add(venue));
        assertThat(project.total().budget()).isEqualByComparingTo("43000.50");
        assertThat(project.total().planned()).isEqualByComparingTo("9500.25");

        // The training counts towards component 2, the workshop towards component 1.
        assertThat(project.byComponent())
                .extracting(Figures::label, row -> row.spent().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Component 1: Learning", travelWorkshop.stripTrailingZeros()),
                        org.assertj.core.groups.Tuple.tuple(
                                "Component 2: Training",
                                travelTraining.add(venue).stripTrailingZeros()),
                        org.assertj.core.groups.Tuple.tuple("No component", BigDecimal.ZERO));
        assertThat(project.byYear())
                .extracting(Figures::label, row -> row.spent().stripTrailingZeros())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "2025", travelTraining.add(venue).stripTrailingZeros()),
                        org.assertj.core.groups.Tuple.tuple("2026", travelWorkshop.stripTrailingZeros()));
        assertThat(project.months().get(project.months().size() - 1).toDate())
                .isEqualByComparingTo(project.total().spent());
    }

    @Test
    void theBudgetPageShowsTheTotalsRoundedOnlyForTheEye() throws Exception {
        Fixture f = fixture();
        spend(f.training(), "2025-03-05", BudgetCategory.TRAVEL, "100.00", "USD", "1.55555");
        spend(f.training(), "2025-03-05", BudgetCategory.TRAVEL, "100.00", "USD", "1.55555");
        // 311.11 exactly; each 155.555 would round to 155.56 and add up to 311.12.
        mvc.perform(get("/projects/" + f.project().getId() + "/budget").with(users.staff()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("AUD 311.11")))
                .andExpect(content().string(containsString("AUD 43,000.50")));
        mvc.perform(get("/activities/" + f.training().getId() + "/budget").with(users.staff()))
                .andExpect(content().string(containsString("USD 100.00")))
                .andExpect(content().string(containsString("Spent (AUD)")))
                .andExpect(content().string(containsString(">311.11<")));
        mvc.perform(get("/projects/" + f.project().getId() + "/donor-report").with(users.staff()))
                .andExpect(content().string(containsString("Financial summary")))
                .andExpect(content().string(containsString("Spent (AUD)")))
                .andExpect(content().string(containsString(">311.11<")));
        byte[] xlsx = mvc.perform(
                        get("/projects/" + f.project().getId() + "/budget.xlsx").with(users.staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var summary = book.getSheet("Summary");
            var travel = summary.getRow(4);
            assertThat(travel.getCell(0).getStringCellValue()).isEqualTo("Travel");
            assertThat(travel.getCell(3).getNumericCellValue())
                    .isEqualTo(311.11, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    void withoutTheMonthsRateTheRateMustBeTypedAndTheBudgetCurrencyHasRateOne() {
        Fixture f = fixture();
        assertThatThrownBy(() -> spend(f.training(), "2025-04-05", BudgetCategory.TRAVEL, "10", "EUR", null))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("No exchange rate EUR → AUD for 2025-04");
        assertThatThrownBy(() -> spend(f.training(), "2025-04-05", BudgetCategory.TRAVEL, "10", "AUD", "1.2"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("the rate is 1");
        assertThat(finance.project(f.project().getId()).total().spent()).isEqualByComparingTo("0");
    }

    @Test
    void theCurrencyIsKeptOnceMoneyIsRecordedAndAStalePlanIsRefused() throws Exception {
        Fixture f = fixture();
        assertThatThrownBy(() -> finance.setCurrency(f.project().getId(), "USD", 0))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("stays AUD");

        long version = money.of(f.training().getId()).planVersion();
        Map<BudgetCategory, BigDecimal> changed = new EnumMap<>(BudgetCategory.class);
        changed.put(BudgetCategory.TRAVEL, amount("4100"));
        money.savePlan(f.training().getId(), new ActivityMoneyService.Plan(f.component2(), changed, version));
        // A second person saves from the form they opened before the first saved.
        mvc.perform(post("/activities/" + f.training().getId() + "/budget")
                        .param("version", String.valueOf(version))
                        .param("amounts[TRAVEL]", "9999")
                        .with(csrf())
                        .with(users.manager()))
                .andExpect(redirectedUrl("/activities/" + f.training().getId() + "/budget"));
        assertThat(money.of(f.training().getId()).planned().get(BudgetCategory.TRAVEL))
                .isEqualByComparingTo("4100");
    }

    @Test
    void expenditureIsRecordedWithAReceiptKeptAmongTheActivitysDocuments() throws Exception {
        Fixture f = fixture();
        mvc.perform(multipart("/activities/" + f.training().getId() + "/expenditure")
                        .file(new MockMultipartFile(
                                "receipt",
                                "receipt.pdf",
                                "",
                                org.mekonginstitute.portal.document.TestFiles.pdf("Receipt 42")))
                        .param("spentOn", "2025-03-06")
                        .param("category", "MATERIALS")
                        .param("amount", "1,250.50")
                        .param("currency", "AUD")
                        .param("payee", "Khon Kaen Printing")
                        .param("reference", "KKP-42")
                        .with(csrf())
                        .with(users.staff()))
                .andExpect(redirectedUrl("/activities/" + f.training().getId() + "/budget#expenditure"));
        ActivityFinance activity = money.of(f.training().getId());
        assertThat(activity.spent()).singleElement().satisfies(spent -> {
            assertThat(spent.converted()).isEqualByComparingTo("1250.50");
            assertThat(spent.receiptTitle()).isEqualTo("Receipt KKP-42");
        });
        assertThat(jdbc.queryForObject(
                        "select category from document where activity_id = ?",
                        String.class,
                        f.training().getId()))
                .isEqualTo("RECEIPT");
        mvc.perform(post("/activities/" + f.training().getId() + "/delete")
                        .with(csrf())
                        .with(users.manager()))
                .andExpect(redirectedUrl("/activities/" + f.training().getId()));
    }
}
