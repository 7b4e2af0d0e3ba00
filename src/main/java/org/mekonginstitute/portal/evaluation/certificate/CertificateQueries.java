package org.mekonginstitute.portal.evaluation.certificate;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.Modality;
import org.mekonginstitute.portal.shared.CountedPage;
import org.mekonginstitute.portal.shared.Countries;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads certificates and the facts the rule looks at, one statement per page. */
@Component
@RequiredArgsConstructor
class CertificateQueries {

    private static final String HOLDER = """
            select c.id, c.code, concat_ws(' ', p.given_name, p.family_name) as name, a.title, a.start_date,
                   a.end_date, a.venue, a.city, a.country, a.modality, c.issued_at, c.revoked_at
            from certificate c join enrolment e on e.id = c.enrolment_id
            join participant p on p.id = e.participant_id join activity a on a.id = e.activity_id
            """;

    /**
     * The participants of an activity with the facts the rule looks at and their latest certificate, each row with
     * how many there are in all (counted before a page's limit).
     */
    private static final String ROWS = """
            select e.id, concat_ws(' ', p.given_name, p.family_name) as name, e.role, e.status, e.days_attended,
                   e.post_test_score, c.id as certificate_id, c.code, c.revoked_at is not null as revoked, %s
            from enrolment e join participant p on p.id = e.participant_id
            left join lateral (select * from certificate c where c.enrolment_id = e.id
                               order by c.revoked_at is null desc, c.issued_at desc limit 1) c on true
            where e.activity_id = :activity and e.role = 'PARTICIPANT'
            order by p.family_name, p.given_name, e.id""".formatted(CountedPage.TOTAL);

    private final NamedParameterJdbcTemplate jdbc;
    private final Countries countries;

    /**
     * The activity's participants against the rule, in name order: all of them, for issuing, or one page ({@code page}
     * from 0; the last when it is past the end) with how many there are in all, for the certificates page.
     */
    List<CertificateRow> rows(long activityId, CertificateRule rule, int activityDays) {
        return jdbc.query(ROWS, Map.of("activity", activityId), (rs, n) -> row(rs, rule, activityDays));
    }

    Page<CertificateRow> page(long activityId, CertificateRule rule, int activityDays, int page, int size) {
        return CountedPage.read(
                jdbc, ROWS, Map.of("activity", activityId), page, size, (rs, n) -> row(rs, rule, activityDays));
    }

    private static CertificateRow row(ResultSet rs, CertificateRule rule, int activityDays) throws SQLException {
        Integer days = (Integer) rs.getObject("days_attended");
        BigDecimal post = rs.getBigDecimal("post_test_score");
        CertificateRule.Completion completion = new CertificateRule.Completion(
                rs.getString("role").equals("PARTICIPANT"),
                rs.getString("status").equals("ATTENDED"),
                days,
                activityDays,
                post);
        Long certificate = rs.getObject("certificate_id", Long.class);
        return new CertificateRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("status"),
                days,
                post,
                rule.shortfall(completion).orElse(null),
                certificate,
                rs.getString("code"),
                rs.getBoolean("revoked"));
    }

    /** The activity's certificates in force, or one certificate of it (in force or not). */
    List<Holder> holders(long activityId, Long certificateId) {
        MapSqlParameterSource params = new MapSqlParameterSource("activity", activityId);
        String where;
        if (certificateId == null) {
            where = "where e.activity_id = :activity and c.revoked_at is null";
        } else {
            where = "where e.activity_id = :activity and c.id = :certificate";
            params.addValue("certificate", certificateId);
        }
        return jdbc.query(HOLDER + where + " order by p.family_name, p.given_name, c.id", params, this::holder);
    }

    Optional<Holder> byCode(String code) {
        return jdbc.query(HOLDER + "where c.code = :code", Map.of("code", code), this::holder).stream()
                .findFirst();
    }

    long activityOf(long enrolmentId) {
        return jdbc.queryForObject(
                "select activity_id from enrolment where id = :id", Map.of("id", enrolmentId), Long.class);
    }

    private Holder holder(ResultSet rs, int n) throws SQLException {
        String country = rs.getString("country");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Holder(
                rs.getLong("id"),
                rs.getString("code"),
                rs.getString("name"),
                rs.getString("title"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                Activity.place(
                        rs.getString("venue"),
                        rs.getString("city"),
                        country == null ? null : countries.name(country),
                        Modality.valueOf(rs.getString("modality"))),
                rs.getTimestamp("issued_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
