package org.mekonginstitute.portal.support;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.api.token.ApiTokens;
import org.mekonginstitute.portal.api.token.NewToken;
import org.mekonginstitute.portal.api.token.TokenScope;
import org.mekonginstitute.portal.shared.SecretTokens;
import org.mekonginstitute.portal.user.Role;
import org.mekonginstitute.portal.user.UserService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * API tokens for the tests: working ones of the demo users, made as their owners make them, and tokens that open
 * nothing (expired, revoked, of a disabled account, unknown). A fresh token has a fresh rate limit.
 */
@Component
@RequiredArgsConstructor
public class ApiTestTokens {

    private final ApiTokens tokens;
    private final UserService users;
    private final JdbcTemplate jdbc;
    private final Map<String, String> byRole = new ConcurrentHashMap<>();

    /** A read-write token of the demo user with this role ("STAFF", "MANAGER", "ADMIN"); null for "ANONYMOUS". */
    public String of(String role) {
        return switch (role) {
            case "STAFF" -> byRole.computeIfAbsent(role, r -> fresh(TestUsers.STAFF, TokenScope.READ_WRITE));
            case "MANAGER" -> byRole.computeIfAbsent(role, r -> fresh(TestUsers.MANAGER, TokenScope.READ_WRITE));
            case "ADMIN" -> byRole.computeIfAbsent(role, r -> fresh(TestUsers.ADMIN, TokenScope.READ_WRITE));
            default -> null;
        };
    }

    /** A new token of the user, with its own rate limit. */
    public String fresh(String email, TokenScope scope) {
        long owner = users.findByEmail(email).orElseThrow().getId();
        return tokens.create(
                        owner,
                        new NewToken(
                                "Test " + TestData.unique(), LocalDate.now().plusDays(30), scope))
                .token();
    }

    public String readOnly() {
        return fresh(TestUsers.STAFF, TokenScope.READ);
    }

    /** The id of a new working token of the demo staff member. */
    public long idOfNew() {
        long owner = users.findByEmail(TestUsers.STAFF).orElseThrow().getId();
        return tokens.create(
                        owner,
                        new NewToken(
                                "Test " + TestData.unique(), LocalDate.now().plusDays(30), TokenScope.READ))
                .id();
    }

    /** A token of the demo staff member that worked until yesterday. */
    public String expired() {
        String token = ApiTokens.PREFIX + SecretTokens.generate();
        jdbc.update(
                "insert into api_token (user_account_id, name, token_hash, scope, created_at, expires_at)"
                        + " values ((select id from user_account where email = ?), 'Expired', ?, 'READ_WRITE',"
                        + " now() - interval '10 days', now() - interval '1 day')",
                TestUsers.STAFF,
                SecretTokens.hash(token));
        return token;
    }

    /** A token of the demo staff member that its owner revoked. */
    public String revoked() {
        String token = fresh(TestUsers.STAFF, TokenScope.READ_WRITE);
        jdbc.update("update api_token set revoked_at = now() where token_hash = ?", SecretTokens.hash(token));
        return token;
    }

    /** A working read-write token whose owner's account was disabled since. */
    public String ofDisabledAccount() {
        String email = "disabled-" + TestData.unique().toLowerCase() + "@api.example.org";
        users.create(email, "Disabled API User", Role.STAFF, "Disabled-Api-User-2026");
        String token = fresh(email, TokenScope.READ_WRITE);
        jdbc.update("update user_account set enabled = false where email = ?", email);
        return token;
    }

    /** Well formed, but no token of the portal. */
    public static String unknown() {
        return ApiTokens.PREFIX + SecretTokens.generate();
    }
}
