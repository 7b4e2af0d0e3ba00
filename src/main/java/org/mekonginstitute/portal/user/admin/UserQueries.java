package org.mekonginstitute.portal.user.admin;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.ListQuery;
import org.mekonginstitute.portal.user.Role;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

/** The user list, read in two statements whatever its length. */
@Component
@RequiredArgsConstructor
class UserQueries {

    static final int PAGE_SIZE = 25;

    private static final Map<String, String> SORTS = Map.of(
            "name", "lower(u.display_name)",
            "email", "u.email",
            "role", "u.role",
            "department", "lower(d.name)",
            "lastLogin", "u.last_login_at");

    private final NamedParameterJdbcTemplate jdbc;

    @Transactional(readOnly = true)
    Page<UserRow> search(UserFilter filter, Instant now) {
        ListQuery query = new ListQuery();
        Timestamp at = Timestamp.from(now);
        query.search("(u.display_name ilike :q or u.email ilike :q)", filter.getQ());
        query.whereGiven("u.role = :role", "role", filter.getRole());
        switch (filter.getStatus() == null ? "all" : filter.getStatus()) {
            case "enabled" -> query.where("u.enabled");
            case "disabled" -> query.where("not u.enabled");
            case "locked" -> query.where("u.locked_until > :now", "now", at);
            default -> {}
        }
        String order = SORTS.getOrDefault(filter.getSort(), SORTS.get("name"))
                + (filter.descending() ? " desc nulls last" : " asc nulls last") + ", u.id";
        query.params().addValue("at", at);
        return query.page(
                jdbc,
                "select u.id, u.display_name, u.email, u.role, d.name as department, u.enabled,"
                        + " case when u.locked_until > :at then u.locked_until end as locked_until,"
                        + " u.last_login_at, u.password_hash is not null as has_password",
                "user_account u left join department d on d.id = u.department_id",
                order,
                filter.getPage() - 1,
                PAGE_SIZE,
                (rs, n) -> new UserRow(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("department"),
                        rs.getBoolean("enabled"),
                        instant(rs.getTimestamp("locked_until")),
                        instant(rs.getTimestamp("last_login_at")),
                        rs.getBoolean("has_password")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
