package org.mekonginstitute.portal.api.token;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.ListQuery;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal access tokens: each user creates, lists and revokes their own; administrators list and revoke
 * everyone's. The token is shown once, when it is created; the database keeps only its SHA-256. A revoked or expired
 * token, or one whose owner was disabled, opens nothing.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ApiTokens {

    /** What every token starts with, so that secret scanners and people recognise one pasted where it should not be. */
    public static final String PREFIX = "mip_";

    /** Enough for every system someone connects, few enough to keep the list readable. */
    static final int MAX_ACTIVE = 20;

    /** A token works for at most a year: one that leaks stops by itself. */
    static final int MAX_DAYS = 366;

    static final int ADMIN_PAGE_SIZE = 25;

    /** Tokens expire at the end of their last day in the institute's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Bangkok");

    /** How often the last use is written down: once a minute is enough to see a token is in use. */
    private static final java.time.Duration USE_INTERVAL = java.time.Duration.ofMinutes(1);

    /** A token just created: shown to its owner once. */
    public record Issued(long id, String name, String token, Instant expiresAt) {}

    private static final String COLUMNS = "select t.id, t.name, u.display_name, u.email, t.scope, t.created_at,"
            + " t.expires_at, t.revoked_at, t.last_used_at,"
            + " case when t.revoked_at is not null then 'REVOKED' when t.expires_at <= :now then 'EXPIRED'"
            + " else 'ACTIVE' end as state";

    private static final RowMapper<TokenRow> ROW = (rs, n) -> new TokenRow(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("display_name"),
            rs.getString("email"),
            TokenScope.valueOf(rs.getString("scope")),
            instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("expires_at", OffsetDateTime.class)),
            instant(rs.getObject("revoked_at", OffsetDateTime.class)),
            instant(rs.getObject("last_used_at", OffsetDateTime.class)),
            rs.getString("state"));

    private final ApiTokenRepository tokens;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    /** The user's tokens, the working ones first, newest first. */
    public List<TokenRow> of(long userId) {
        return jdbc.query(
                COLUMNS + " from api_token t join user_account u on u.id = t.user_account_id"
                        + " where t.user_account_id = :user"
                        + " order by (t.revoked_at is null and t.expires_at > :now) desc, t.created_at desc, t.id desc"
                        + " limit 100",
                Map.of("user", userId, "now", now()),
                ROW);
    }

    /** Everyone's tokens for administrators, newest first, a page at a time (1-based); {@code state} filters. */
    public Page<TokenRow> all(String state, int page) {
        ListQuery query = new ListQuery();
        query.params().addValue("now", now());
        switch (state == null ? "" : state) {
            case "active" -> query.where("t.revoked_at is null and t.expires_at > :now");
            case "expired" -> query.where("t.revoked_at is null and t.expires_at <= :now");
            case "revoked" -> query.where("t.revoked_at is not null");
            default -> {}
        }
        return query.page(
                jdbc,
                COLUMNS,
                "api_token t join user_account u on u.id = t.user_account_id",
                "t.created_at desc, t.id desc",
                page - 1,
                ADMIN_PAGE_SIZE,
                ROW);
    }

    /** A new token for the user, unless its expiry is out of bounds or the user has as many as they may. */
    @Transactional
    public Issued create(long userId, NewToken asked) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(asked.name() == null || asked.name().isBlank(), "name", Text.of("api.tokens.name.missing"));
        problems.addIf(asked.expiresOn() == null, "expiresOn", Text.of("api.tokens.lastDay.required"));
        problems.addIf(asked.scope() == null, "scope", Text.of("api.tokens.scope.required"));
        problems.addIf(
                asked.expiresOn() != null && asked.expiresOn().isBefore(today),
                "expiresOn",
                Text.of("api.tokens.lastDay.past"));
        problems.addIf(
                asked.expiresOn() != null && asked.expiresOn().isAfter(today.plusDays(MAX_DAYS)),
                "expiresOn",
                Text.of(
                        "api.tokens.lastDay.tooLate",
                        today.plusDays(MAX_DAYS + 1).toString()));
        problems.addIf(
                tokens.countByOwnerIdAndRevokedAtIsNullAndExpiresAtAfter(userId, now) >= MAX_ACTIVE,
                null,
                Text.of("api.tokens.tooMany", String.valueOf(MAX_ACTIVE)));
        problems.check();
        String token = PREFIX + SecretTokens.generate();
        Instant expiresAt = asked.expiresOn().plusDays(1).atStartOfDay(ZONE).toInstant();
        ApiToken saved = tokens.save(
                new ApiToken(userId, asked.name().strip(), SecretTokens.hash(token), asked.scope(), now, expiresAt));
        return new Issued(saved.getId(), saved.getName(), token, expiresAt);
    }

    /** Revokes one of the user's own tokens (again is harmless); returns its name. */
    @Transactional
    public String revoke(long userId, long tokenId, String by) {
        ApiToken token =
                tokens.findByIdAndOwnerId(tokenId, userId).orElseThrow(() -> new NotFoundException("Token", tokenId));
        token.revoke(by, Instant.now(clock));
        return token.getName();
    }

    /** An administrator revokes anyone's token; returns its name. */
    @Transactional
    public String revokeAny(long tokenId, String by) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new NotFoundException("Token", tokenId));
        token.revoke(by, Instant.now(clock));
        return token.getName();
    }

    /**
     * The working token this is, if it is one: not revoked, not expired, its owner not disabled. Notes when it was
     * used, at most once a minute, so its owner can see it is in use without a write on every call.
     */
    @Transactional
    public Optional<Bearer> open(String token) {
        if (token == null
                || !token.startsWith(PREFIX)
                || !SecretTokens.isWellFormed(token.substring(PREFIX.length()))) {
            return Optional.empty();
        }
        Timestamp now = now();
        Optional<Found> found = jdbc
                .query(
                        "select t.id, t.user_account_id, t.scope,"
                                + " coalesce(t.last_used_at > :recently, false) as recent"
                                + " from api_token t join user_account u on u.id = t.user_account_id"
                                + " where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now"
                                + " and u.enabled",
                        Map.of(
                                "hash",
                                SecretTokens.hash(token),
                                "now",
                                now,
                                "recently",
                                Timestamp.from(now.toInstant().minus(USE_INTERVAL))),
                        (rs, n) -> new Found(
                                new Bearer(
                                        rs.getLong("id"),
                                        rs.getLong("user_account_id"),
                                        TokenScope.valueOf(rs.getString("scope"))),
                                rs.getBoolean("recent")))
                .stream()
                .findFirst();
        found.filter(f -> !f.recentlyUsed())
                .ifPresent(f -> jdbc.update(
                        "update api_token set last_used_at = :now where id = :id",
                        Map.of("now", now, "id", f.bearer().tokenId())));
        return found.map(Found::bearer);
    }

    private record Found(Bearer bearer, boolean recentlyUsed) {}

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
