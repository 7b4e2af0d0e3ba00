package org.mekonginstitute.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.shared.Language;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Which failures mean "the database is away" (the try-again page) and which stay what they are. */
class DatabaseUnavailableTest {

    @Test
    void aConnectionRefusedOrBrokenOrAServerShuttingDownMeansTheDatabaseIsAway() {
        assertThat(DatabaseUnavailable.connectionLost(new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"))))
                .isTrue();
        assertThat(DatabaseUnavailable.connectionLost(new DataAccessResourceFailureException(
                        "select",
                        new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))
                .isTrue();
        assertThat(DatabaseUnavailable.connectionLost(new RuntimeException(
                        new SQLException("An I/O error occurred while sending to the backend", "08006"))))
                .isTrue();
    }

    @Test
    void aRollbackThatFailsAfterTheConnectionBrokeStillMeansTheDatabaseIsAway() {
        TransactionSystemException rollback =
                new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "update", new SQLException("FATAL: terminating connection", "57P01")));
        assertThat(DatabaseUnavailable.connectionLost(rollback)).isTrue();
    }

    @Test
    void refusedValuesBrokenRulesAndOtherFailuresAreNotAnOutage() {
        assertThat(DatabaseUnavailable.connectionLost(new DataIntegrityViolationException(
                        "insert", new SQLException("duplicate key value violates unique constraint", "23505"))))
                .isFalse();
        assertThat(DatabaseUnavailable.connectionLost(new RuntimeException(
                        new SQLException("value too long for type character varying(10)", "22001"))))
                .isFalse();
        assertThat(DatabaseUnavailable.connectionLost(new IllegalStateException("a bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.connectionLost(new TransactionSystemException("rollback failed")))
                .isFalse();
    }

    @Test
    void thePageSpeaksTheVisitorsOrTheBrowsersLanguageWithoutTheDatabase() {
        MockHttpServletRequest browser = new MockHttpServletRequest();
        browser.addHeader("Accept-Language", "th-TH,th;q=0.9,en;q=0.8");
        assertThat(DatabaseUnavailable.language(browser)).isEqualTo(Language.THAI);
        MockHttpServletRequest visitor = new MockHttpServletRequest();
        visitor.addHeader("Accept-Language", "th");
        visitor.setCookies(new Cookie("portal-language", "en"));
        assertThat(DatabaseUnavailable.language(visitor)).isEqualTo(Language.ENGLISH);
        assertThat(DatabaseUnavailable.language(new MockHttpServletRequest())).isEqualTo(Language.ENGLISH);

        String thai = new DatabaseUnavailable().page(Language.THAI, "/projects?q=<x>");
        assertThat(thai)
                .contains(
                        "<html lang=\"th\">",
                        "พอร์ทัลใช้งานไม่ได้ชั่วคราว",
                        "ลองอีกครั้ง",
                        "href=\"/projects?q=&lt;x&gt;\"")
                .doesNotContain("{{");
        assertThat(new DatabaseUnavailable().page(Language.ENGLISH, "/"))
                .contains("The portal is briefly unavailable", "Mekong Institute · Khon Kaen, Thailand");
    }
}
