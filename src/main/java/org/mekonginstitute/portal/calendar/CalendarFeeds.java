package org.mekonginstitute.portal.calendar;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.project.ProjectChoice;
import org.mekonginstitute.portal.project.ProjectService;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.InvalidInput;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Personal iCalendar feeds: each user creates, lists and revokes their own. The token is shown once, when the
 * feed is created; the database keeps only its SHA-256. A revoked feed, or one whose owner was disabled, opens
 * nothing any more.
 */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
class CalendarFeeds {

    /** Enough for every calendar application someone uses, few enough to keep the list readable. */
    static final int MAX_ACTIVE = 20;

    /** A feed just created: its token goes into the address, shown to its owner once. */
    record Issued(long id, String token) {}

    /**
     * A feed opened with its token: what to call it, what it shows, and the language its owner chose (a
     * {@code Language} code, null when they chose none), the one it speaks.
     */
    record Opened(long id, String name, FeedFilters filters, String language) {}

    private final CalendarFeedRepository feeds;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectService projects;
    private final Departments departments;
    private final Countries countries;
    private final Clock clock;

    /** The user's feeds, the active ones first, newest first. */
    List<FeedRow> of(long userId) {
        return jdbc.query(
                "select f.id, f.name, p.code as project_code, d.name as department_name, f.type, f.country,"
                        + " f.created_at, f.revoked_at, f.last_fetched_at from calendar_feed f"
                        + " left join project p on p.id = f.project_id left join department d on d.id = f.department_id"
                        + " where f.user_account_id = :user order by f.revoked_at desc nulls first, f.created_at desc, f.id desc"
                        + " limit 100",
                Map.of("user", userId),
                (rs, n) -> new FeedRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("project_code"),
                        rs.getString("department_name"),
                        rs.getString("type") == null ? null : ActivityType.valueOf(rs.getString("type")),
                        rs.getString("country"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_fetched_at", OffsetDateTime.class))));
    }

    /** A new feed with its filters checked, unless the user has as many active feeds as they may. */
    @Transactional
    Issued create(long userId, NewFeed asked) {
        ProjectChoice project = projects.choice(asked.projectCode());
        FeedFilters filters = asked.filters(project.id());
        InvalidInput.Collector problems = new InvalidInput.Collector();
        problems.addIf(project.unknown(), "project", project.error());
        problems.addIf(
                filters.department() != null
                        && departments.find(filters.department()).isEmpty(),
                "department",
                Text.of("calendar.feeds.department.invalid"));
        problems.addIf(
                filters.country() != null && !countries.isValid(filters.country()),
                "country",
                Text.of("calendar.feeds.country.invalid"));
        problems.addIf(
                feeds.countByOwnerIdAndRevokedAtIsNull(userId) >= MAX_ACTIVE,
                null,
                Text.of("calendar.feeds.tooMany", String.valueOf(MAX_ACTIVE)));
        problems.check();
        String token = SecretTokens.generate();
        CalendarFeed feed = feeds.save(
                new CalendarFeed(userId, asked.name(), SecretTokens.hash(token), filters, Instant.now(clock)));
        return new Issued(feed.getId(), token);
    }

    /** Revokes one of the user's feeds (again is harmless); returns its name. */
    @Transactional
    String revoke(long userId, long feedId) {
        CalendarFeed feed = feeds.findByIdAndOwnerId(feedId, userId)
                .orElseThrow(() -> new NotFoundException("Calendar feed", feedId));
        feed.revoke(Instant.now(clock));
        return feed.getName();
    }

    /**
     * The feed this token opens, if it is active and its owner may still log in; notes when it was fetched, so
     * its owner can see their calendar application is subscribed. One statement.
     */
    @Transactional
    Optional<Opened> open(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        "update calendar_feed f set last_fetched_at = :now from user_account u"
                                + " where f.token_hash = :hash and f.revoked_at is null and u.id = f.user_account_id and u.enabled"
                                + " returning f.id, f.name, f.project_id, f.department_id, f.type, f.country, u.language",
                        Map.of("now", OffsetDateTime.now(clock), "hash", SecretTokens.hash(token)),
                        (rs, n) -> new Opened(
                                rs.getLong("id"),
                                rs.getString("name"),
                                new FeedFilters(
                                        rs.getObject("project_id", Long.class),
                                        rs.getObject("department_id", Long.class),
                                        rs.getString("type") == null
                                                ? null
                                                : ActivityType.valueOf(rs.getString("type")),
                                        rs.getString("country")),
                                rs.getString("language")))
                .stream()
                .findFirst();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
