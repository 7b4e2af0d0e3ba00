package org.mekonginstitute.portal.reporting.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;

/** The reach report page and its CSV and XLSX exports, on the hand-computed fixture (see ReachFixture). */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    ReachFixture fixture;
    String query;

    @BeforeAll
    void buildFixture() throws Exception {
        fixture = new ReachFixture(data, mvc, users);
        query = "?project=" + fixture.project.getCode();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(users.manager()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void thePageShowsTheFixturesReachInEveryTable() throws Exception {
        String html = page("/reports" + query);
        assertThat(ReportTables.fromPage(html, "by-organisation-type"))
                .containsExactly(
                        List.of(
                                "Organisation type",
                                "Women",
                                "Men",
                                "Other",
                                "Not stated",
                                "People reached",
                                "Share of women",
                                "Participations"),
                        List.of("Government agency", "2", "0", "0", "0", "2", "100.0", "4"),
                        List.of("NGO", "0", "1", "1", "0", "2", "0.0", "2"),
                        List.of("Not recorded", "1", "0", "0", "0", "1", "100.0", "1"),
                        List.of("All organisation types", "3", "1", "1", "0", "5", "60.0", "7"));
        assertThat(ReportTables.fromPage(html, "by-activity-type"))
                .containsExactly(
                        List.of(
                                "Activity type",
                                "Activities",
                                "Women",
                                "Men",
                                "Other",
                                "Not stated",
                                "People reached",
                                "Share of women",
                                "Participations"),
                        List.of("Structured learning visit", "1", "1", "0", "0", "0", "1", "100.0", "1"),
                        List.of("Training", "2", "2", "0", "1", "0", "3", "66.7", "4"),
                        List.of("Workshop", "1", "1", "1", "0", "0", "2", "50.0", "2"),
                        List.of("All activity types", "4", "3", "1", "1", "0", "5", "60.0", "7"));
        assertThat(ReportTables.fromPage(html, "by-year-country-gender"))
                .containsExactly(
                        List.of(
                                "Year",
                                "Country",
                                "Women",
                                "Men",
                                "Other",
                                "Not stated",
                                "People reached",
                                "Share of women",
                                "Participations"),
                        List.of("2024", "Cambodia", "1", "0", "0", "0", "1", "100.0", "1"),
                        List.of("2024", "Lao PDR", "0", "1", "0", "0", "1", "0.0", "1"),
                        List.of("2024", "Thailand", "1", "0", "0", "0", "1", "100.0", "2"),
                        List.of("2024", "All countries", "2", "1", "0", "0", "3", "66.7", "4"),
                        List.of("2025", "Myanmar", "0", "0", "1", "0", "1", "0.0", "1"),
                        List.of("2025", "Thailand", "2", "0", "0", "0", "2", "100.0", "2"),
                        List.of("2025", "All countries", "2", "0", "1", "0", "3", "66.7", "3"),
                        List.of("All years", "Cambodia", "1", "0", "0", "0", "1", "100.0", "1"),
                        List.of("All years", "Lao PDR", "0", "1", "0", "0", "1", "0.0", "1"),
                        List.of("All years", "Myanmar", "0", "0", "1", "0", "1", "0.0", "1"),
                        List.of("All years", "Thailand", "2", "0", "0", "0", "2", "100.0", "4"),
                        List.of("All years", "All countries", "3", "1", "1", "0", "5", "60.0", "7"));

        Document document = Jsoup.parse(html);
        assertThat(document.select(".headlines .stat").eachText()).containsExactly("5", "7", "60.0%", "4");
        assertThat(document.select(".report-filter").text())
                .isEqualTo("Project " + fixture.project.getCode() + " – " + fixture.project.getTitle());
        assertThat(document.select(".counting-rules").text())
                .contains(
                        "a person who attended three activities counts once in people reached and three times in participations")
                .contains("Resource persons, facilitators and observers do not")
                .contains("Anonymised participants still count");
    }

    @Test
    void everyTableExportsAsCsvWithTheSameNumbersAsThePage() throws Exception {
        String html = page("/reports" + query);
        for (ReachTable table : ReachTable.values()) {
            MvcResult csv = mvc.perform(
                            get("/reports/" + table.slug() + ".csv" + query).with(users.manager()))
                    .andExpect(status().isOk())
                    .andReturn();
            assertThat(csv.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
            assertThat(csv.getResponse().getHeader("Content-Disposition"))
                    .contains("attachment")
                    .contains("reach-" + table.slug() + "_" + fixture.project.getCode() + ".csv");
            assertThat(ReportTables.fromCsv(csv.getResponse().getContentAsByteArray()))
                    .as(table.slug())
                    .isEqualTo(ReportTables.fromPage(html, table.slug()));
        }
    }

    @Test
    void everyTableExportsAsXlsxWithTheSameNumbersAsThePage() throws Exception {
        String dated = query + "&from=2024-06-01&to=2025-12-31";
        String html = page("/reports" + dated);
        for (ReachTable table : ReachTable.values()) {
            MvcResult xlsx = mvc.perform(
                            get("/reports/" + table.slug() + ".xlsx" + dated).with(users.manager()))
                    .andExpect(status().isOk())
                    .andReturn();
            assertThat(xlsx.getResponse().getContentType()).isEqualTo(Downloads.XLSX.toString());
            assertThat(xlsx.getResponse().getHeader("Content-Disposition"))
                    .contains("reach-" + table.slug() + "_" + fixture.project.getCode()
                            + "_from-2024-06-01_to-2025-12-31.xlsx");
            assertThat(ReportTables.fromXlsx(xlsx.getResponse().getContentAsByteArray()))
                    .as(table.slug())
                    .isEqualTo(ReportTables.fromPage(html, table.slug()));
        }
        // from June 2024: the workshop is left out, so Bounmy is not reached
        assertThat(ReportTables.fromPage(html, "by-organisation-type"))
                .contains(List.of("All organisation types", "3", "0", "1", "0", "4", "75.0", "5"));
    }

    @Test
    void aRangeEndingBeforeItStartsIsRefusedBesideItsEnd() throws Exception {
        Document page = Jsoup.parse(page("/reports" + query + "&from=2025-01-01&to=2024-01-01"));
        assertThat(page.select("#to-error").text()).isEqualTo("The end date is before the start date.");
        assertThat(page.select("#from").val()).isEqualTo("2025-01-01");
        assertThat(page.select("#to").val()).isEqualTo("2024-01-01");
        assertThat(page.select("table.report-numbers")).isEmpty();
        assertThat(page.text()).contains("Correct the filter above to see the report.");
    }

    @Test
    void anUnreadableDateIsRefusedAndKeptAsTyped() throws Exception {
        Document page = Jsoup.parse(page("/reports?from=2024-13-45&to=<b>soon</b>"));
        assertThat(page.select("#from-error").text()).isEqualTo("Enter a date as YYYY-MM-DD, e.g. 2024-12-01.");
        assertThat(page.select("#from").val()).isEqualTo("2024-13-45");
        assertThat(page.select("#to").val()).isEqualTo("<b>soon</b>");
        assertThat(page.select("b")).isEmpty();
    }

    @Test
    void anExportWithAnUnreadableFilterSendsThePersonBackToThePage() throws Exception {
        mvc.perform(get("/reports/by-organisation-type.csv?from=yesterday").with(users.manager()))
                .andExpect(status().isSeeOther())
                .andExpect(result ->
                        assertThat(result.getResponse().getHeader("Location")).isEqualTo("/reports?from=yesterday"));
        mvc.perform(get("/reports/by-nothing.csv").with(users.manager())).andExpect(status().isNotFound());
    }

    @Test
    void aFilterThatSelectsNobodySaysSo() throws Exception {
        Document page = Jsoup.parse(page("/reports" + query + "&from=2030-01-01"));
        assertThat(page.text()).contains("Nobody has been recorded as attending the activities this filter selects.");
        assertThat(page.select(".headlines .stat").eachText()).containsExactly("0", "0", "—", "0");
        assertThat(page.select(".report-filter").text())
                .isEqualTo("Project " + fixture.project.getCode() + " – " + fixture.project.getTitle()
                        + " · Activities dated from 1 Jan 2030");
    }

    @Test
    void aProjectIsChosenByItsCodeWithSuggestionsAsOneTypes() throws Exception {
        String code = fixture.project.getCode();
        Document suggestions = Jsoup.parse(
                page("/projects/suggestions?project=" + code.substring(2).toLowerCase()));
        assertThat(suggestions.select("option").eachAttr("value")).containsExactly(code);
        assertThat(suggestions.select("option").text()).isEqualTo(code + " – " + fixture.project.getTitle());
        assertThat(Jsoup.parse(page("/projects/suggestions?project=%20")).select("option"))
                .isEmpty();

        Document typedInLowerCase = Jsoup.parse(page("/reports?project=" + code.toLowerCase()));
        assertThat(typedInLowerCase.select(".report-filter").text()).startsWith("Project " + code + " – ");
        Document unknown = Jsoup.parse(page("/reports?project=NO-SUCH-PROJECT"));
        assertThat(unknown.select("#project-error").text()).startsWith("No project has this code.");
        assertThat(unknown.select("#project").val()).isEqualTo("NO-SUCH-PROJECT");
        assertThat(unknown.select("table.report-numbers")).isEmpty();
    }

    @Test
    void staffHaveNoReportsInTheirMenuAndCannotOpenThem() throws Exception {
        String dashboard = mvc.perform(get("/").with(users.staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(dashboard).select("a[href=/reports]")).isEmpty();
        mvc.perform(get("/reports").with(users.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/reports/by-year-country-gender.xlsx").with(users.staff()))
                .andExpect(status().isForbidden());
        String managers = mvc.perform(get("/").with(users.manager()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(managers)
                        .select(".portal-header a[href=/reports]")
                        .eachText())
                .containsExactly("Reports");
    }
}
