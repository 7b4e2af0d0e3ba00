package org.mekonginstitute.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * The money pages for a reader whose browser asks for Thai: the Budget tabs, exchange rates and the Excel workbook
 * headed in Thai, categories named in Thai, years in the Buddhist Era, and no message missing from the Thai bundle.
 */
@PortalTest
class BudgetPagesInThaiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FinanceService finance;

    @Autowired
    ActivityMoneyService money;

    @Autowired
    ExchangeRates rates;

    @Autowired
    UserService userService;

    /** A member of staff of their own (no language kept with the account), so that the browser's language decides. */
    private RequestPostProcessor thaiStaff() {
        String email = TestData.unique().toLowerCase() + "@thai-budget.example.org";
        jdbc.update("insert into user_account (email, display_name, role) values (?, 'Malee Budget', 'STAFF')", email);
        return users.as(email);
    }

    @Test
    void theBudgetTabsExchangeRatesAndWorkbookReadInThaiWithBuddhistEraYears() throws Exception {
        Project project =
                data.project("TH-FIN-" + TestData.unique(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        finance.setCurrency(project.getId(), "THB", 0);
        finance.addLine(
                project.getId(),
                new FinanceService.NewLine(2026, null, BudgetCategory.TRAVEL, new BigDecimal("50000"), null));
        Activity training = data.activity(project, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4));
        money.savePlan(
                training.getId(),
                new ActivityMoneyService.Plan(null, Map.of(BudgetCategory.TRAVEL, new BigDecimal("20000")), -1));
        money.record(
                training.getId(),
                new ActivityMoneyService.NewSpending(
                        new Spending(
                                LocalDate.of(2026, 3, 3),
                                BudgetCategory.TRAVEL,
                                new BigDecimal("12500"),
                                "THB",
                                null,
                                "Khon Kaen Hotel",
                                "KK-1"),
                        null,
                        null),
                userService.actingAs(TestUsers.STAFF));
        rates.save(YearMonth.of(2026, 3), "USD", "THB", new BigDecimal("35.42"));
        RequestPostProcessor reader = thaiStaff();

        Document budget = Jsoup.parse(inThai.page("/projects/" + project.getId() + "/budget", reader));
        assertThat(budget.select("#lines h2").text()).isEqualTo("รายการงบประมาณ");
        assertThat(budget.select("#lines tbody td").eachText()).contains("2569", "ค่าเดินทาง");
        assertThat(budget.select("caption").eachText()).contains("จำแนกตามหมวด", "จำแนกตามปี");
        assertThat(budget.select("th").eachText()).contains("งบประมาณ (THB)", "ใช้จ่ายแล้ว (THB)", "2569");
        assertThat(budget.select("select#year option").eachText()).containsExactly("2569");
        assertThat(budget.select("select#year option").attr("value")).isEqualTo("2026");

        Document activity = Jsoup.parse(inThai.page("/activities/" + training.getId() + "/budget", reader));
        assertThat(activity.select("#expenditure h2").text()).isEqualTo("ค่าใช้จ่าย");
        assertThat(activity.select("#expenditure tbody td").eachText()).contains("3 มี.ค. 2569", "ค่าเดินทาง");

        Document exchange = Jsoup.parse(inThai.page("/exchange-rates", reader));
        assertThat(exchange.select("h1").text()).isEqualTo("อัตราแลกเปลี่ยน");
        assertThat(exchange.select("label[for=toCurrency]").text()).isEqualTo("มีค่าเป็นสกุลเงิน");
        assertThat(exchange.select("tbody tr td:first-child").eachText())
                .isNotEmpty()
                .allSatisfy(month -> assertThat(month).matches(".+ 25[0-9]{2}"));

        byte[] xlsx = mvc.perform(get("/projects/" + project.getId() + "/budget.xlsx")
                        .with(reader)
                        .header("Accept-Language", "th"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("สรุป");
            assertThat(book.getSheet("สรุป").getRow(3).getCell(0).getStringCellValue())
                    .isEqualTo("หมวด");
            assertThat(book.getSheet("สรุป").getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("ค่าเดินทาง");
            assertThat(book.getSheet("รายการงบประมาณ").getRow(1).getCell(0).getNumericCellValue())
                    .isEqualTo(2569);
        }
    }
}
