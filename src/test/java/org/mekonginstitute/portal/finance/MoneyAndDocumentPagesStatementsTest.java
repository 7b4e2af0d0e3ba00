package org.mekonginstitute.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

/**
 * The documents list, the document search and the budget pages run as many SQL statements with ten times more
 * documents, budget lines and expenditure behind them: no query per row.
 */
@PortalTest
class MoneyAndDocumentPagesStatementsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FinanceService finance;

    @Test
    void documentAndBudgetPagesRunTheSameStatementsWithTenTimesTheData() throws Exception {
        String tag = "kp" + TestData.unique().toLowerCase();
        Project project = data.project("KP-" + tag.toUpperCase(), LocalDate.of(2030, 1, 1), LocalDate.of(2031, 12, 31));
        Activity activity = data.activity(project, LocalDate.of(2030, 3, 2), LocalDate.of(2030, 3, 3));
        finance.setCurrency(project.getId(), "THB", 0);
        List<String> pages = List.of(
                "/activities/" + activity.getId() + "/documents",
                "/documents/search?q=" + tag,
                "/projects/" + project.getId() + "/budget",
                "/activities/" + activity.getId() + "/budget");

        grow(project, activity, tag, 5);
        List<Long> small = pages.stream().map(this::statements).toList();
        grow(project, activity, tag, 45);
        List<Long> larger = pages.stream().map(this::statements).toList();

        assertThat(larger).as("statements of " + pages).isEqualTo(small);
    }

    /** Documents with searchable text, budget lines and expenditure in dollars at a rate. */
    private void grow(Project project, Activity activity, String tag, int count) {
        for (int i = 0; i < count; i++) {
            long document = jdbc.queryForObject(
                    "insert into document (activity_id, title, category) values (?, ?, 'REPORT') returning id",
                    Long.class,
                    activity.getId(),
                    "Report " + i);
            long file = jdbc.queryForObject(
                    "insert into document_file (document_id, number, file_name, content_type, size_bytes, sha256,"
                            + " text_status) values (?, 1, 'report.pdf', 'application/pdf', 10, repeat('0', 64), 'DONE')"
                            + " returning id",
                    Long.class,
                    document);
            jdbc.update("update document set latest_file_id = ? where id = ?", file, document);
            jdbc.update(
                    "insert into document_text (file_id, content, words) values (?, ?, to_tsvector('simple', ?))",
                    file,
                    "Report on " + tag,
                    "Report on " + tag);
            jdbc.update(
                    "insert into budget_line (project_id, year, category, amount) values (?, 2030, 'TRAVEL', 100)",
                    project.getId());
            jdbc.update(
                    "insert into expenditure (activity_id, spent_on, category, amount, currency, rate)"
                            + " values (?, date '2030-03-01' + ?, 'TRAVEL', 10, 'USD', 35.5)",
                    activity.getId(),
                    i * 7);
        }
    }

    private long statements(String url) {
        try {
            SqlStatements.reset();
            mvc.perform(get(url).with(users.staff())).andExpect(status().isOk());
            return SqlStatements.count();
        } catch (Exception e) {
            throw new IllegalStateException(url, e);
        }
    }
}
