package org.mekonginstitute.portal.participant.csv;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.mekonginstitute.portal.participant.EnrolmentRows;
import org.mekonginstitute.portal.participant.ParticipantFilter;
import org.mekonginstitute.portal.shared.Csv;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CSV exports for Excel: a filtered participant list (in the import's columns, so it can be imported elsewhere) and
 * an activity's enrolments with their attendance. Rows are streamed from the database, not held in memory.
 * Anonymised records are left out of the participant list: there is nobody left in them to export.
 */
@Component
class ParticipantExport {

    /** The enrolment's columns after the participant's in an activity's export; an import ignores them. */
    static final List<String> ENROLMENT_HEADERS = List.of(
            "role",
            "status",
            "days_attended",
            "pre_test_score",
            "post_test_score",
            "satisfaction",
            "certificate_issued");

    private static final String PERSON =
            "p.title, p.given_name, p.family_name, p.gender, p.country, p.organisation_name,"
                    + " p.organisation_type, p.position, p.seniority, p.email, p.phone, p.consent_to_contact";

    private final NamedParameterJdbcTemplate jdbc;

    ParticipantExport(DataSource dataSource) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
    }

    /** The participants the list shows with these filters, in its order. */
    @Transactional(readOnly = true)
    void participants(ParticipantFilter filter, OutputStream out) throws IOException {
        ListQuery query = filter.conditions().where("p.anonymised_at is null");
        try (CSVPrinter csv = Csv.printer(out)) {
            csv.printRecord(ParticipantColumn.headers());
            jdbc.query(
                    "select " + PERSON + " from participant p" + query.whereClause() + " order by " + filter.orderBy(),
                    query.params(),
                    rows(csv, List.of()));
        }
    }

    /** Everyone enrolled in the activity, with role, status and attendance, in the order of its participant list. */
    @Transactional(readOnly = true)
    void enrolments(long activityId, OutputStream out) throws IOException {
        try (CSVPrinter csv = Csv.printer(out)) {
            List<String> header = new ArrayList<>(ParticipantColumn.headers());
            header.addAll(ENROLMENT_HEADERS);
            csv.printRecord(header);
            jdbc.query(
                    "select " + PERSON + ", e.role, e.status, e.days_attended, e.pre_test_score, e.post_test_score,"
                            + " e.satisfaction, e.certificate_issued"
                            + " from enrolment e join participant p on p.id = e.participant_id where e.activity_id = :activity"
                            + " order by " + EnrolmentRows.ORDER,
                    Map.of("activity", activityId),
                    rows(csv, ENROLMENT_HEADERS));
        }
    }

    /** Sets the response up for a CSV download named {@code fileName}. */
    static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }

    private static RowCallbackHandler rows(CSVPrinter csv, List<String> enrolmentColumns) {
        return rs -> {
            try {
                csv.print(Csv.safe(rs.getString("title")));
                csv.print(Csv.safe(rs.getString("given_name")));
                csv.print(Csv.safe(rs.getString("family_name")));
                csv.print(rs.getString("gender"));
                csv.print(rs.getString("country"));
                csv.print(Csv.safe(rs.getString("organisation_name")));
                csv.print(rs.getString("organisation_type"));
                csv.print(Csv.safe(rs.getString("position")));
                csv.print(rs.getString("seniority"));
                csv.print(Csv.safe(rs.getString("email")));
                csv.print(Csv.safe(rs.getString("phone")));
                csv.print(yesNo(rs, "consent_to_contact"));
                if (!enrolmentColumns.isEmpty()) {
                    csv.print(rs.getString("role"));
                    csv.print(rs.getString("status"));
                    csv.print(rs.getObject("days_attended"));
                    csv.print(plain(rs.getBigDecimal("pre_test_score")));
                    csv.print(plain(rs.getBigDecimal("post_test_score")));
                    csv.print(rs.getObject("satisfaction"));
                    csv.print(yesNo(rs, "certificate_issued"));
                }
                csv.println();
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        };
    }

    private static String yesNo(ResultSet rs, String column) throws SQLException {
        return rs.getBoolean(column) ? "yes" : "no";
    }

    private static String plain(BigDecimal score) {
        return score == null ? null : score.stripTrailingZeros().toPlainString();
    }
}
