package org.mekonginstitute.portal.registration.apply;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The public forms' rate limits, counted in the database so that every instance of the portal counts the same:
 * each submission is recorded with its link and the SHA-256 of the sender's address (not the address itself), and one
 * more than {@link RegistrationLimits} allows in the last hour is refused. Records older than a day are removed.
 */
@Component
@RequiredArgsConstructor
class RateLimits {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final NamedParameterJdbcTemplate jdbc;
    private final RegistrationLimits limits;
    private final Clock clock;

    /**
     * Records a submission through the link from the address, and refuses it when either has sent too many in the
     * last hour. Recorded in a transaction of its own, and kept when refused: an invalid or refused submission
     * counts too, so a robot that keeps sending stays refused.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = TooManySubmissions.class)
    public void count(Long linkId, String address) {
        Instant now = Instant.now(clock);
        String addressHash = SecretTokens.hash(address == null ? "unknown" : address);
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("link", linkId)
                .addValue("address", addressHash)
                .addValue("at", Timestamp.from(now))
                .addValue("since", Timestamp.from(now.minus(WINDOW)));
        Map<String, Object> recent = jdbc.queryForMap("""
                select (select count(*) from registration_attempt where address_hash = :address and at > :since) as by_address,
                       (select count(*) from registration_attempt where link_id = :link and at > :since) as by_link""", params);
        jdbc.update(
                "insert into registration_attempt (link_id, address_hash, at) values (:link, :address, :at)", params);
        if (((Number) recent.get("by_address")).longValue() >= limits.getSubmissionsPerAddress()) {
            throw new TooManySubmissions(Text.of("registration.apply.tooMany.address"));
        }
        if (linkId != null && ((Number) recent.get("by_link")).longValue() >= limits.getSubmissionsPerLink()) {
            throw new TooManySubmissions(Text.of("registration.apply.tooMany.link"));
        }
    }

    /** Removes the records no limit looks at any more. */
    @Scheduled(cron = "0 41 * * * *")
    @Transactional
    public void removeOld() {
        jdbc.update(
                "delete from registration_attempt where at < :before",
                Map.of("before", Timestamp.from(Instant.now(clock).minus(Duration.ofDays(1)))));
    }
}
