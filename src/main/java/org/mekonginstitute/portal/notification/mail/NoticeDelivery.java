package org.mekonginstitute.portal.notification.mail;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.mekonginstitute.portal.shared.BackgroundThread;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * E-mails the notices waiting to be sent, one at a time on a thread of its own, so no page waits for the mail
 * server. A notice is locked while it is sent ({@code for update skip locked}), so several instances of the portal
 * never send one twice; one that fails is tried again every {@link MailSettings#retryEvery()} until
 * {@link MailSettings#maxAttempts()}, then marked failed and left in the portal.
 */
@Slf4j
@Component
@RequiredArgsConstructor
public class NoticeDelivery {

    /** Notices younger than this are left to the delivery right after their transaction. */
    private static final long RETRY_AFTER_SECONDS = 30;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MailSettings settings;
    private final NamedParameterJdbcTemplate jdbc;
    private final PlatformTransactionManager transactionManager;
    private final Clock clock;
    private final ExecutorService sender = BackgroundThread.named("notice-delivery");

    /** Whether a mail server is configured ({@code spring.mail.host}). */
    public boolean mailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends these notices soon, on the delivery thread. */
    public void deliverSoon(List<Long> ids) {
        sender.execute(() -> deliver(ids));
    }

    /** Tries again the notices not sent yet (after a failure, or a restart between saving and sending). */
    @Scheduled(fixedDelayString = "${portal.mail.retry-every:1m}", initialDelayString = "${portal.mail.retry-every:1m}")
    void retry() {
        if (!mailServerConfigured()) {
            return;
        }
        List<Long> waiting = jdbc.queryForList(
                "select id from notice where status = 'PENDING' and created_at < :before order by created_at, id"
                        + " limit 200",
                Map.of("before", Timestamp.from(Instant.now(clock).minusSeconds(RETRY_AFTER_SECONDS))),
                Long.class);
        deliver(waiting);
    }

    void deliver(List<Long> ids) {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        for (long id : ids) {
            try {
                transactions.executeWithoutResult(status -> deliverOne(id));
            } catch (RuntimeException unexpected) {
                log.error("Notice {} could not be handled", id, unexpected);
            }
        }
    }

    private void deliverOne(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select recipient_email, recipient_name, subject, body, attempts from notice"
                        + " where id = :id and status = 'PENDING' for update skip locked",
                Map.of("id", id));
        if (rows.isEmpty()) {
            return; // sent already, or being sent by another instance
        }
        Map<String, Object> notice = rows.get(0);
        int attempts = ((Number) notice.get("attempts")).intValue() + 1;
        MapSqlParameterSource update = new MapSqlParameterSource()
                .addValue("id", id)
                .addValue("attempts", attempts)
                .addValue("at", Timestamp.from(Instant.now(clock)));
        try {
            mail(
                    (String) notice.get("recipient_email"),
                    (String) notice.get("recipient_name"),
                    (String) notice.get("subject"),
                    (String) notice.get("body"));
            jdbc.update(
                    "update notice set status = 'SENT', attempts = :attempts, sent_at = :at, last_error = null"
                            + " where id = :id",
                    update);
        } catch (MailException | MessagingException | UnsupportedEncodingException failure) {
            boolean givenUp = attempts >= settings.maxAttempts();
            String reason = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            log.warn("Notice {} not sent (attempt {}{}): {}", id, attempts, givenUp ? ", given up" : "", reason);
            jdbc.update(
                    "update notice set status = :status, attempts = :attempts, last_error = :error where id = :id",
                    update.addValue("status", givenUp ? "FAILED" : "PENDING")
                            .addValue("error", reason.length() > 500 ? reason.substring(0, 500) : reason));
        }
    }

    private void mail(String email, String name, String subject, String body)
            throws MessagingException, UnsupportedEncodingException {
        JavaMailSender server = mailSender.getObject();
        MimeMessage message = server.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(new InternetAddress(email, name, StandardCharsets.UTF_8.name()));
        helper.setSubject(subject);
        helper.setText(body);
        server.send(message);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }
}
