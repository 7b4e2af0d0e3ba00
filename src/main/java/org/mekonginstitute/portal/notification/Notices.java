package org.mekonginstitute.portal.notification;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.notification.mail.NoticeDelivery;
import org.mekonginstitute.portal.shared.ListQuery;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends notices: each is written in the caller's transaction (so it exists exactly when what it tells about was
 * saved) and e-mailed once that transaction has committed, when a mail server is configured. Without one it is kept
 * in the portal ({@link NoticeStatus#KEPT}), where its recipient reads it on the notices page.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class Notices {

    static final int PAGE_SIZE = 25;

    private static final String COLUMNS = "n.id, n.recipient_email, n.recipient_name, n.subject, n.body, n.link,"
            + " n.status, n.attempts, n.last_error, n.created_at, n.sent_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final NoticeDelivery delivery;
    private final JsonMapper json;
    private final Clock clock;

    @Transactional
    public void send(Notice notice) {
        sendAll(List.of(notice));
    }

    /** Writes the notices in one statement; they are e-mailed after the transaction commits. */
    @Transactional
    public void sendAll(Collection<Notice> notices) {
        if (notices.isEmpty()) {
            return;
        }
        NoticeStatus status = delivery.mailServerConfigured() ? NoticeStatus.PENDING : NoticeStatus.KEPT;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Notice notice : notices) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("email", notice.email().strip());
            row.put("name", notice.name());
            row.put("subject", notice.subject());
            row.put("body", notice.body());
            row.put("link", notice.link());
            rows.add(row);
        }
        List<Long> ids = jdbc.queryForList(
                """
                insert into notice (recipient_email, recipient_name, subject, body, link, status, created_at)
                select r.email, r.name, r.subject, r.body, r.link, :status, :at
                from jsonb_to_recordset(cast(:rows as jsonb))
                     as r(email varchar, name varchar, subject varchar, body text, link varchar)
                returning id""",
                new MapSqlParameterSource()
                        .addValue("rows", json.writeValueAsString(rows))
                        .addValue("status", status.name())
                        .addValue("at", Timestamp.from(Instant.now(clock))),
                Long.class);
        if (status == NoticeStatus.PENDING) {
            afterCommit(() -> delivery.deliverSoon(ids));
        }
    }

    /** The notices sent to this address, newest first. */
    public Page<NoticeRow> to(String email, int page) {
        return new ListQuery()
                .where(
                        "lower(n.recipient_email) = :email",
                        "email",
                        email.strip().toLowerCase(Locale.ROOT))
                .page(jdbc, "select " + COLUMNS, "notice n", "n.created_at desc, n.id desc", page, PAGE_SIZE, ROW);
    }

    /** Every notice, newest first, optionally only those in one status: for administrators. */
    public Page<NoticeRow> all(NoticeStatus status, int page) {
        ListQuery query = new ListQuery();
        if (status != null) {
            query.where("n.status = :status", "status", status.name());
        }
        return query.page(jdbc, "select " + COLUMNS, "notice n", "n.created_at desc, n.id desc", page, PAGE_SIZE, ROW);
    }

    private static void afterCommit(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private static final RowMapper<NoticeRow> ROW = (rs, n) -> new NoticeRow(
            rs.getLong("id"),
            rs.getString("recipient_email"),
            rs.getString("recipient_name"),
            rs.getString("subject"),
            rs.getString("body"),
            rs.getString("link"),
            NoticeStatus.valueOf(rs.getString("status")),
            rs.getInt("attempts"),
            rs.getString("last_error"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("sent_at") == null
                    ? null
                    : rs.getTimestamp("sent_at").toInstant());
}
